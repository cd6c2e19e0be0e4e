package org.reportauditor.ingest.pdf;

/** Which characters belong to Chinese (and Japanese, Korean) writing, that runs without spaces. */
final class Scripts {
    private Scripts() {
    }

    static boolean isCjk(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL) {
            return true;
        }
        // CJK punctuation, full-width forms and the like
        return (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF) || (cp >= 0x2018 && cp <= 0x201F)
                || cp == 0x2014 || cp == 0x2026 || cp == 0x00B7;
    }
}
