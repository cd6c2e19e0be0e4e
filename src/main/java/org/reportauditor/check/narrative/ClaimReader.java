package org.reportauditor.check.narrative;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.reportauditor.model.CellAddress;
import org.reportauditor.model.TemplateVersion;
import org.reportauditor.model.Text;
import org.reportauditor.template.RowSpec;
import org.reportauditor.template.Template;

/**
 * Reads what the figures of a paragraph claim about the tables, from the words around them, as
 * {@code rules.md} describes: "收到 / 受理 … N件" is 本年新收, "答复 N件" (with 共 / 全年) the 总计 of
 * the results, "结转下年度 N件" the carried-forward total, "行政复议 N件，其中结果维持 a件…" the
 * reviews table. A figure whose words are ambiguous claims nothing: saying less is better than a
 * false alarm.
 */
final class ClaimReader {
    private static final String[] NOT_APPLICATIONS = {"信访", "咨询", "来信", "热线", "留言", "建议", "提案", "投诉举报",
        "12345", "政务服务"};

    /** The results a clause may name: its words, its row or group, and which of the two it is. */
    private static final String[][] RESULTS = {{"予以公开", "disclosed", "row"},
        {"部分公开", "partially_disclosed", "row"}, {"不予公开", "withheld", "group"},
        {"无法提供", "unavailable", "group"}, {"不予处理", "not_processed", "group"}};

    private ClaimReader() {
    }

    /** What the figures claim; {@code agency} and {@code year} the report's, to tell a figure out of scope. */
    static List<Claim> read(String paragraph, List<StatedFigure> figures, String agency, Integer year) {
        List<Claim> claims = new ArrayList<>();
        String reviewGroup = null;
        int reviewSentence = -1;
        for (StatedFigure f : figures) {
            if (f.approximate() || !ClaimScope.inScope(f, agency, year)) {
                continue;
            }
            String sentence = sentenceOf(paragraph, f);
            if (f.sentence() != reviewSentence) {
                reviewGroup = null;
            }
            if (f.before().contains("复议") && !f.before().contains("诉讼") && !f.saysAny("结果维持", "结果纠正")) {
                reviewGroup = "review";
                reviewSentence = f.sentence();
                claims.add(new Claim(f, List.of(Template.reviewsCell("review", "total")), Text.of("quantity.reviews")));
                continue;
            }
            if (f.before().contains("诉讼") && !f.saysAny("结果维持", "结果纠正")) {
                reviewGroup = "suits";
                reviewSentence = f.sentence();
                claims.add(new Claim(f, List.of(Template.reviewsCell("suit_direct", "total"),
                        Template.reviewsCell("suit_after_review", "total")),
                        Text.of("quantity.suits")));
                continue;
            }
            if (reviewGroup != null) {
                outcome(f).ifPresent(outcome -> claims.add(reviewPart(f, outcomeGroup(f, sentence), outcome)));
                continue;
            }
            if (sentence.contains("申请") && !containsAny(sentence, NOT_APPLICATIONS)) {
                applications(f, sentence).ifPresent(claims::add);
            }
        }
        return claims;
    }

    private static String outcomeGroup(StatedFigure f, String sentence) {
        return f.before().contains("诉讼") || sentence.lastIndexOf("诉讼", Math.max(0, f.start())) >= 0 ? "suits" : "review";
    }

    private static Claim reviewPart(StatedFigure f, String group, String outcome) {
        List<CellAddress> cells = group.equals("review") ? List.of(Template.reviewsCell("review", outcome))
                : List.of(Template.reviewsCell("suit_direct", outcome), Template.reviewsCell("suit_after_review", outcome));
        return new Claim(f, cells, Text.of("quantity." + group + "." + outcome));
    }

    private static Optional<String> outcome(StatedFigure f) {
        String b = f.before();
        if (b.contains("维持")) {
            return Optional.of("upheld");
        }
        if (b.contains("纠正")) {
            return Optional.of("corrected");
        }
        if (b.contains("其他")) {
            return Optional.of("other");
        }
        if (b.contains("审结") || b.contains("未结")) {
            return Optional.of("pending");
        }
        return Optional.empty();
    }

    private static Optional<Claim> applications(StatedFigure f, String sentence) {
        if (f.saysAny("上年结转", "上年度结转", "上一年度结转", "去年结转")) {
            return Optional.of(claim(f, "carried_over"));
        }
        if (f.saysAny("结转下年", "转入下年", "顺延到下年", "顺延至下年", "结转至下年", "结转到下年", "下年度继续办理",
                "延期至下年", "延期到下年")) {
            return Optional.of(claim(f, "carried_forward"));
        }
        List<Claim> results = new ArrayList<>();
        for (String[] result : RESULTS) {
            if (f.before().contains(result[0])) {
                results.add(result[2].equals("group") ? groupClaim(f, result[1]) : claim(f, result[1]));
            }
        }
        if (results.size() == 1) {
            return Optional.of(results.get(0));
        }
        if (results.size() == 2) {
            // "予以公开及部分公开42件" counts both together: compared with their sum, never with one
            List<CellAddress> cells = new ArrayList<>(results.get(0).cells());
            cells.addAll(results.get(1).cells());
            return Optional.of(new Claim(f, cells, Text.of("quantity.joint", results.get(0).quantity(),
                    results.get(1).quantity())));
        }
        if (results.size() > 2) {
            return Optional.empty();
        }
        boolean includesCarried = f.saysAny("含上年", "包括上年", "含上一年");
        if (f.saysAny("收到", "新收", "受理", "接收", "收悉") && !f.saysAny("答复", "办结")) {
            return Optional.of(includesCarried ? newPlusCarried(f) : claim(f, "new_received"));
        }
        if (f.before().contains("收办") || f.before().contains("办理") && includesCarried) {
            return Optional.of(newPlusCarried(f));
        }
        if ((f.before().contains("答复") || f.before().contains("办结"))
                && containsAny(f.before(), "共", "全年", "累计", "总")) {
            return Optional.of(claim(f, "total"));
        }
        return Optional.empty();
    }

    private static Claim claim(StatedFigure f, String row) {
        return new Claim(f, List.of(applicationsTotal(row)), Text.of("quantity." + row));
    }

    private static Claim newPlusCarried(StatedFigure f) {
        return new Claim(f, List.of(applicationsTotal("new_received"), applicationsTotal("carried_over")),
                Text.of("quantity.new_plus_carried"));
    }

    /** The sum of a group's rows, in both versions ((六) differs, the others do not). */
    private static Claim groupClaim(StatedFigure f, String group) {
        List<CellAddress> cells = new ArrayList<>();
        for (RowSpec r : Template.of(TemplateVersion.V2021).resultRows()) {
            if (group.equals(r.group())) {
                cells.add(applicationsTotal(r.id()));
            }
        }
        return new Claim(f, cells, Text.of("quantity." + group));
    }

    private static CellAddress applicationsTotal(String row) {
        return new CellAddress(Template.APPLICATIONS, row, "total");
    }

    private static String sentenceOf(String paragraph, StatedFigure f) {
        int from = f.start();
        while (from > 0 && "。；;！!？?\n".indexOf(paragraph.charAt(from - 1)) < 0) {
            from--;
        }
        int to = f.end();
        while (to < paragraph.length() && "。；;！!？?\n".indexOf(paragraph.charAt(to)) < 0) {
            to++;
        }
        return paragraph.substring(from, to);
    }

    private static boolean containsAny(String s, String... words) {
        for (String w : words) {
            if (s.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
