package org.reportauditor.app.layout;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class WordsTest {
    private final Font font = Font.font(13);

    @Start
    void start(Stage stage) {
        // measuring text needs the toolkit, not a window
    }

    private double width(String s) {
        Text probe = new Text(s);
        probe.setFont(font);
        return Math.ceil(probe.getLayoutBounds().getWidth());
    }

    @Test
    void theWidestPieceIsTheLongestWordNotTheWholeLine() {
        assertThat(Words.widest("Partially disclosed", font))
                .isEqualTo(Math.max(width("Partially"), width("disclosed")));
        assertThat(Words.widest("Partially disclosed", font)).isLessThan(width("Partially disclosed"));
    }

    @Test
    void chineseBreaksBesideEveryCharacterAndHyphenatedWordsAfterTheHyphen() {
        assertThat(Words.widest("部分公开", font)).isEqualTo(width("部"));
        assertThat(Words.widest("合计Total", font)).isEqualTo(width("Total"));
        assertThat(Words.widest("Self-employed", font)).isEqualTo(Math.max(width("Self-"), width("employed")));
        assertThat(Words.widest("", font)).isZero();
    }

    @Test
    void punctuationStaysWithTheCharacterBeforeItAndBracketedNumbersStayWhole() {
        assertThat(Words.widest("部分公开。", font)).isEqualTo(width("开。"));
        assertThat(Words.widest("（一）予以公开", font)).isEqualTo(width("（一）"));
        assertThat(Words.widest("共收到申请12件，均已办结", font)).isEqualTo(Math.max(width("12"), width("件，")));
    }
}
