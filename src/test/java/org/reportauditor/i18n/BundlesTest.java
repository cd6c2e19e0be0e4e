package org.reportauditor.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** Every string exists in both languages. */
class BundlesTest {

    @Test
    void chineseAndEnglishHaveTheSameKeys() throws IOException {
        for (String bundle : Messages.BUNDLES) {
            String path = "/" + bundle.replace('.', '/');
            Properties chinese = load(path + ".properties");
            Properties english = load(path + "_en.properties");
            assertThat(chinese).as(bundle).isNotEmpty();
            assertThat(english.keySet()).as("keys of %s_en", bundle).containsExactlyInAnyOrderElementsOf(chinese.keySet());
        }
    }

    @Test
    void chineseIsTheDefaultWhateverTheMachineSays() {
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.US);
            assertThat(Messages.of(java.util.Locale.SIMPLIFIED_CHINESE).get("severity.error")).isEqualTo("错误");
            assertThat(Messages.forLanguage("zh").get("severity.error")).isEqualTo("错误");
            assertThat(Messages.forLanguage("en").get("severity.error")).isEqualTo("error");
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = BundlesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }
}
