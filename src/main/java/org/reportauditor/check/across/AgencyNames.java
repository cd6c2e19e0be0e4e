package org.reportauditor.check.across;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one key two reports of the same agency share, whatever spacing, brackets and the common
 * variants of one body's name their writers chose: 卫健委 and 卫生健康委员会 of one place, 卫健局 and
 * 卫生健康局, 区人民政府 and 区政府. Never a fuzzy likeness: two bodies whose names differ otherwise
 * are two bodies.
 */
public final class AgencyNames {
    /** Each variant and the full form it stands for, the longer variants first. */
    private static final List<String[]> VARIANTS = List.of(
            new String[] {"卫健委", "卫生健康委员会"},
            new String[] {"卫健局", "卫生健康局"},
            new String[] {"人民政府", "政府"},
            new String[] {"委员会", "委"});

    private AgencyNames() {
    }

    /** The province or city a name may start with before its county or district ("某市" of 某市某区…). */
    private static final Pattern PLACE = Pattern.compile("\\p{IsHan}{1,8}?(?:省|自治区|市|自治州|州|盟)");
    /** A county-level place at the start of a name ("某区", "某县"). */
    private static final Pattern COUNTY = Pattern.compile("^\\p{IsHan}{1,6}?(?:区|县|旗|市)");

    /**
     * Whether two keys name one body: the same, or the same but for the province or city one of them
     * names before its county or district (某区人民政府 and 某市某区人民政府). Two districts of one
     * name in different cities both match the shorter name: the caller pairs only where one does.
     */
    public static boolean sameBody(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        return a.equals(b) || placeBefore(a, b) || placeBefore(b, a);
    }

    private static boolean placeBefore(String longer, String shorter) {
        return longer.length() > shorter.length() && longer.endsWith(shorter)
                && PLACE.matcher(longer.substring(0, longer.length() - shorter.length())).matches()
                && COUNTY.matcher(shorter).find();
    }

    /** The key of an agency's name; {@code null} for none (a report whose agency was not read pairs with nothing). */
    public static String key(String agency) {
        if (agency == null || agency.isBlank()) {
            return null;
        }
        String name = agency.replaceAll("[\\s\\u3000()（）〔〕\\[\\]【】《》<>\"“”]", "").toLowerCase(Locale.ROOT);
        for (String[] variant : VARIANTS) {
            name = name.replace(variant[0], variant[1]);
        }
        return name.isEmpty() ? null : name;
    }
}
