package org.reportauditor.template;

import static org.reportauditor.template.ValueKind.AMOUNT;
import static org.reportauditor.template.ValueKind.COUNT;
import static org.reportauditor.template.ValueKind.SIGNED_COUNT;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.reportauditor.model.CellAddress;
import org.reportauditor.model.TemplateVersion;

/**
 * The national template of the annual report in one of its two versions: the six sections and the
 * tables of sections 二, 三 and 四 with every row, column and label. This is the data that the
 * recogniser, the checks, the app and the exports share; the ids are those of {@code template.md}.
 */
public final class Template {
    public static final String ART20 = "art20";
    public static final String APPLICATIONS = "applications";
    public static final String REVIEWS = "reviews";

    private static final List<SectionSpec> SECTIONS = List.of(
            new SectionSpec(1, "一", "总体情况", "General situation", List.of("总体情况", "总体", "概述")),
            new SectionSpec(2, "二", "主动公开政府信息情况", "Information published proactively",
                    List.of("主动公开")),
            new SectionSpec(3, "三", "收到和处理政府信息公开申请情况", "Applications received and handled",
                    List.of("收到和处理", "依申请", "公开申请")),
            new SectionSpec(4, "四", "政府信息公开行政复议、行政诉讼情况", "Administrative reviews and lawsuits",
                    List.of("行政复议", "行政诉讼")),
            new SectionSpec(5, "五", "存在的主要问题及改进情况", "Main problems and improvements",
                    List.of("存在的主要问题", "主要问题", "改进情况", "问题及改进", "存在问题")),
            new SectionSpec(6, "六", "其他需要报告的事项", "Other matters to report",
                    List.of("其他需要报告", "需要报告的事项", "报告的事项", "其他事项")));

    private final List<TableSpec> tables;

    private Template(TemplateVersion version) {
        this.tables = List.of(art20(version), applications(version), reviews());
    }

    public static Template of(TemplateVersion version) {
        return version == TemplateVersion.V2021 ? V2021 : V2019;
    }

    public static List<SectionSpec> sections() {
        return SECTIONS;
    }

    public static SectionSpec section(int number) {
        return SECTIONS.get(number - 1);
    }

    /** The cell of the section 四 table for a group of cases ("review") and an outcome ("upheld"). */
    public static CellAddress reviewsCell(String group, String outcome) {
        return new CellAddress(REVIEWS, "count", group + "." + outcome);
    }

    /** The heading of the section a table stands in (the same in both versions). */
    public static String headingOfTable(String tableId) {
        return section(V2021.table(tableId).section()).heading();
    }

    public List<TableSpec> tables() {
        return tables;
    }

    public TableSpec table(String id) {
        return tables.stream().filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no table " + id));
    }

    public Optional<RowSpec> row(String tableId, String rowId) {
        return table(tableId).row(rowId);
    }

    /**
     * The column of a cell in whichever version has it (a sub-row has its parent's columns), or
     * empty for an address the template does not know.
     */
    public static Optional<ColumnSpec> column(CellAddress cell) {
        ColumnSpec c = COLUMNS.get(cell.table() + "/" + cell.row() + "/" + cell.column());
        if (c == null) {
            c = COLUMNS.get(cell.table() + "/" + cell.baseRow() + "/" + cell.column());
        }
        return Optional.ofNullable(c);
    }

    /** Every column of both versions by {@code table/row/column}; the 2021 version's first. */
    private static Map<String, ColumnSpec> columnsByAddress(Template... versions) {
        Map<String, ColumnSpec> all = new java.util.HashMap<>();
        for (Template t : versions) {
            for (TableSpec table : t.tables()) {
                for (RowSpec row : table.rows()) {
                    for (ColumnSpec c : row.columns()) {
                        all.putIfAbsent(table.id() + "/" + row.id() + "/" + c.id(), c);
                    }
                }
            }
        }
        return Map.copyOf(all);
    }

    // ---- section 二: the 第二十条 blocks --------------------------------------------------------

    private static final Map<String, Integer> ARABIC = Map.of("一", 1, "五", 5, "六", 6, "八", 8, "九", 9);

    private static final ColumnSpec MADE = col("made", "Made this year", COUNT, "本年新制作数量");
    private static final ColumnSpec PUBLISHED = col("published", "Published this year", COUNT, "本年新公开数量");
    private static final ColumnSpec TOTAL_PUBLISHED = col("total_published", "Published in total", COUNT,
            "对外公开总数量");
    private static final ColumnSpec ISSUED = col("issued", "Issued this year", COUNT, "本年制发件数");
    private static final ColumnSpec REPEALED = col("repealed", "Repealed this year", COUNT, "本年废止件数");
    private static final ColumnSpec IN_FORCE = col("in_force", "In force", COUNT, "现行有效件数");
    private static final ColumnSpec ITEMS_LAST_YEAR = col("items_last_year", "Items last year", COUNT,
            "上一年项目数量");
    private static final ColumnSpec ITEMS_CHANGE = col("items_change", "Change this year", SIGNED_COUNT,
            "本年增/减", "本年增减");
    private static final ColumnSpec DECISIONS = col("decisions", "Decisions", COUNT,
            "处理决定数量", "本年处理决定数量");
    private static final ColumnSpec PROJECTS = col("projects", "Procurement projects", COUNT, "采购项目数量");
    private static final ColumnSpec AMOUNT_COL = col("amount", "Amount (10k yuan)", AMOUNT,
            "采购总金额", "本年收费金额", "收费金额");

    private static TableSpec art20(TemplateVersion v) {
        boolean old = v == TemplateVersion.V2019;
        List<ColumnSpec> documents = old ? List.of(MADE, PUBLISHED, TOTAL_PUBLISHED)
                : List.of(ISSUED, REPEALED, IN_FORCE);
        List<ColumnSpec> matters = old ? List.of(ITEMS_LAST_YEAR, ITEMS_CHANGE, DECISIONS) : List.of(DECISIONS);
        List<RowSpec> rows = new ArrayList<>();
        rows.add(row("regulations", "item_1", "规章", "Regulations", documents, "规章"));
        rows.add(row("normative_documents", "item_1", "规范性文件", "Normative documents", documents,
                "规范性文件", "行政规范性文件"));
        rows.add(row("licensing", "item_5", "行政许可", "Licensing", matters, "行政许可"));
        if (old) {
            rows.add(row("other_services", "item_5", "其他对外管理服务事项", "Other services", matters,
                    "其他对外管理服务事项"));
        }
        rows.add(row("penalty", "item_6", "行政处罚", "Penalties", matters, "行政处罚"));
        rows.add(row("coercion", "item_6", "行政强制", "Coercive measures", matters, "行政强制"));
        rows.add(row("fees", "item_8", "行政事业性收费", "Administrative fees",
                old ? List.of(ITEMS_LAST_YEAR, ITEMS_CHANGE) : List.of(AMOUNT_COL), "行政事业性收费"));
        if (old) {
            rows.add(row("procurement", "item_9", "政府集中采购", "Central procurement",
                    List.of(PROJECTS, AMOUNT_COL), "政府集中采购"));
        }
        List<GroupSpec> blocks = new ArrayList<>();
        for (String item : old ? List.of("一", "五", "六", "八", "九") : List.of("一", "五", "六", "八")) {
            String label = "第二十条第(" + item + ")项";
            blocks.add(new GroupSpec("item_" + ARABIC.get(item), "", List.of(label), label,
                    "Article 20 item " + ARABIC.get(item)));
        }
        List<String> header = new ArrayList<>(List.of("信息内容"));
        for (ColumnSpec c : List.of(MADE, PUBLISHED, TOTAL_PUBLISHED, ISSUED, REPEALED, IN_FORCE, ITEMS_LAST_YEAR,
                ITEMS_CHANGE, DECISIONS, PROJECTS, AMOUNT_COL)) {
            header.addAll(c.labels());
        }
        return new TableSpec(ART20, 2, "主动公开政府信息情况", "Information published proactively", rows, blocks,
                header, List.of());
    }

    // ---- section 三: applications ------------------------------------------------------------

    public static final List<ColumnSpec> APPLICANT_COLUMNS = List.of(
            col("natural_person", "Natural persons", COUNT, "自然人"),
            col("commercial", "Businesses", COUNT, "商业企业"),
            col("research", "Research institutions", COUNT, "科研机构"),
            col("social_welfare", "Public-interest organisations", COUNT, "社会公益组织"),
            col("legal_services", "Legal service providers", COUNT, "法律服务机构"),
            col("other_org", "Other organisations", COUNT, "其他"),
            col("total", "Total", COUNT, "总计", "合计"));

    private static TableSpec applications(TemplateVersion v) {
        List<ColumnSpec> c = APPLICANT_COLUMNS;
        List<RowSpec> rows = new ArrayList<>();
        rows.add(new RowSpec("new_received", List.of("本年新收政府信息公开申请数量"), "一、", null, "本年新收申请",
                "New applications", c));
        rows.add(new RowSpec("carried_over", List.of("上年结转政府信息公开申请数量"), "二、", null, "上年结转申请",
                "Carried over from last year", c));
        rows.add(new RowSpec("disclosed", List.of("予以公开"), "(一)", "results", "予以公开", "Disclosed", c));
        rows.add(new RowSpec("partially_disclosed", List.of("部分公开(区分处理的,只计这一情形,不计其他情形)", "部分公开"),
                "(二)", "results", "部分公开", "Partially disclosed", c));
        String[][] withheld = {
            {"state_secret", "属于国家秘密", "State secret"},
            {"prohibited_by_law", "其他法律行政法规禁止公开", "Prohibited by other laws"},
            {"security_stability", "危及\"三安全一稳定\"", "Endangers security or stability"},
            {"third_party", "保护第三方合法权益", "Third-party rights"},
            {"internal_affairs", "属于三类内部事务信息", "Internal affairs"},
            {"process_info", "属于四类过程性信息", "Process information"},
            {"enforcement_file", "属于行政执法案卷", "Enforcement file"},
            {"admin_query", "属于行政查询事项", "Administrative query"}};
        addItems(rows, "withheld", "不予公开", withheld, c);
        String[][] unavailable = {
            {"not_held", "本机关不掌握相关政府信息", "Not held by this agency"},
            {"needs_creation", "没有现成信息需要另行制作", "Would need to be created"},
            {"unclear", "补正后申请内容仍不明确", "Still unclear after correction"}};
        addItems(rows, "unavailable", "无法提供", unavailable, c);
        String[][] notProcessed = {
            {"complaint", "信访举报投诉类申请", "Petition or complaint"},
            {"repeated", "重复申请", "Repeated application"},
            {"publication", "要求提供公开出版物", "Asks for a publication"},
            {"excessive", "无正当理由大量反复申请", "Excessive applications"},
            {"reconfirm", "要求行政机关确认或重新出具已获取信息", "Asks to confirm information held"}};
        addItems(rows, "not_processed", "不予处理", notProcessed, c);
        if (v == TemplateVersion.V2019) {
            rows.add(new RowSpec("other", List.of("其他处理"), "(六)", "results", "其他处理", "Handled otherwise", c));
        } else {
            String[][] other = {
                {"no_correction", "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
                    "No correction in time"},
                {"no_fee", "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "Fee not paid in time"},
                {"other", "其他", "Other"}};
            addItems(rows, "other", "其他处理", other, c);
        }
        rows.add(new RowSpec("total", List.of("总计", "合计"), "(七)", "results", "总计", "Total", c));
        rows.add(new RowSpec("carried_forward", List.of("结转下年度继续办理"), "四、", null, "结转下年度",
                "Carried forward to next year", c));
        List<GroupSpec> groups = List.of(
                new GroupSpec("results", "三、", List.of("本年度办理结果"), "本年度办理结果", "Results this year"),
                new GroupSpec("withheld", "(三)", List.of("不予公开"), "不予公开", "Withheld"),
                new GroupSpec("unavailable", "(四)", List.of("无法提供"), "无法提供", "Cannot be provided"),
                new GroupSpec("not_processed", "(五)", List.of("不予处理"), "不予处理", "Not processed"),
                new GroupSpec("other", "(六)", List.of("其他处理"), "其他处理", "Handled otherwise"));
        List<String> header = List.of("申请人情况", "自然人", "法人或其他组织", "商业企业", "科研机构", "社会公益组织",
                "法律服务机构", "其他", "总计", "本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和",
                "(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)");
        List<ColumnGroup> columnGroups = List.of(
                new ColumnGroup("申请人情况", "Applicants", APPLICANT_COLUMNS.stream().map(ColumnSpec::id).toList()),
                new ColumnGroup("法人或其他组织", "Legal persons and other organisations",
                        List.of("commercial", "research", "social_welfare", "legal_services", "other_org")));
        return new TableSpec(APPLICATIONS, 3, "收到和处理政府信息公开申请情况", "Applications received and handled",
                rows, groups, header, columnGroups);
    }

    /** The rows from {@code disclosed} to the last {@code other…} row: the results that sum to {@code total}. */
    public List<RowSpec> resultRows() {
        return table(APPLICATIONS).rows().stream()
                .filter(r -> r.group() != null && !r.id().equals("total"))
                .toList();
    }

    private static void addItems(List<RowSpec> rows, String group, String groupName, String[][] items,
                                 List<ColumnSpec> columns) {
        for (int i = 0; i < items.length; i++) {
            String[] item = items[i];
            rows.add(new RowSpec(group + "." + item[0], List.of(item[1]), (i + 1) + ".", group,
                    groupName + "·" + item[1], item[2], columns));
        }
    }

    // ---- section 四: reviews and lawsuits --------------------------------------------------------

    public static final List<String> REVIEW_GROUPS = List.of("review", "suit_direct", "suit_after_review");
    public static final List<String> REVIEW_OUTCOMES = List.of("upheld", "corrected", "other", "pending", "total");

    private static TableSpec reviews() {
        String[][] groups = {{"review", "行政复议", "Administrative review"},
            {"suit_direct", "行政诉讼·未经复议直接起诉", "Lawsuit without review"},
            {"suit_after_review", "行政诉讼·复议后起诉", "Lawsuit after review"}};
        String[][] outcomes = {{"upheld", "结果维持", "upheld"}, {"corrected", "结果纠正", "corrected"},
            {"other", "其他结果", "other result"}, {"pending", "尚未审结", "pending"}, {"total", "总计", "total"}};
        List<ColumnSpec> columns = new ArrayList<>();
        for (String[] g : groups) {
            for (String[] o : outcomes) {
                columns.add(new ColumnSpec(g[0] + "." + o[0], List.of(g[1] + "·" + o[1], o[1]), g[2] + ", " + o[2],
                        COUNT));
            }
        }
        RowSpec count = new RowSpec("count", List.of("数量"), "", null, "", "", columns);
        List<ColumnGroup> columnGroups = new ArrayList<>();
        columnGroups.add(new ColumnGroup("行政复议", "Administrative review", idsOf(columns, "review.")));
        columnGroups.add(new ColumnGroup("行政诉讼", "Lawsuits", idsOf(columns, "suit_")));
        columnGroups.add(new ColumnGroup("未经复议直接起诉", "Without prior review", idsOf(columns, "suit_direct.")));
        columnGroups.add(new ColumnGroup("复议后起诉", "After review", idsOf(columns, "suit_after_review.")));
        List<String> header = List.of("行政复议", "行政诉讼", "未经复议直接起诉", "复议后起诉", "结果维持", "结果纠正",
                "其他结果", "尚未审结", "总计");
        return new TableSpec(REVIEWS, 4, "政府信息公开行政复议、行政诉讼情况", "Administrative reviews and lawsuits",
                List.of(count), List.of(), header, columnGroups);
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private static List<String> idsOf(List<ColumnSpec> columns, String prefix) {
        return columns.stream().map(ColumnSpec::id).filter(id -> id.startsWith(prefix)).toList();
    }

    private static ColumnSpec col(String id, String english, ValueKind kind, String... labels) {
        return new ColumnSpec(id, List.of(labels), english, kind);
    }

    /** An art20 row: its group is the 第二十条 block it is printed in. */
    private static RowSpec row(String id, String block, String shortName, String english, List<ColumnSpec> columns,
                               String... labels) {
        return new RowSpec(id, List.of(labels), "", block, shortName, english, columns);
    }

    // created last: static fields initialise in textual order, and the tables use every constant above
    private static final Template V2019 = new Template(TemplateVersion.V2019);
    private static final Template V2021 = new Template(TemplateVersion.V2021);
    private static final Map<String, ColumnSpec> COLUMNS = columnsByAddress(V2021, V2019);
}
