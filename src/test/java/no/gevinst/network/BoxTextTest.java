package no.gevinst.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.NotBlank;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** A box's label wrapped to the box: at most three lines, each as wide as the box, an ellipsis only when needed. */
class BoxTextTest {

    private static final double WIDTH = NodeBox.TEXT_WIDTH;
    private static final double SIZE = NodeBox.LABEL_SIZE;

    @Test
    void textIsMeasuredWithIntersAdvanceWidths() {
        // "Ii" in Inter regular: 269 + 242 thousandths of an em.
        assertThat(BoxText.width("Ii", 1000)).isEqualTo(511);
        assertThat(BoxText.width("Å", 10)).isEqualTo(BoxText.width("A", 10));
        assertThat(BoxText.width("ø", 10)).isEqualTo(6.0);
    }

    @Test
    void aShortLabelStaysOnOneLine() {
        assertThat(BoxText.wrap("Opplæring og superbrukere", WIDTH, SIZE, 3))
                .containsExactly("Opplæring og superbrukere");
        assertThat(BoxText.wrap("  ", WIDTH, SIZE, 3)).isEmpty();
    }

    @Test
    void aLongerLabelIsWrappedWordByWordAndShownWhole() {
        String label = "HP-007 Økt utnyttelse av poliklinisk kapasitet gjennom felles timebok for sykehus";
        List<String> lines = BoxText.wrap(label, WIDTH, SIZE, 3);
        assertThat(lines).hasSizeBetween(2, 3);
        assertThat(String.join(" ", lines)).isEqualTo(label);
        assertThat(lines).noneMatch(l -> l.endsWith(BoxText.ELLIPSIS));
        lines.forEach(l -> assertThat(BoxText.width(l, SIZE)).isLessThanOrEqualTo(WIDTH));
    }

    @Test
    void onlyTheThirdLineEndsInAnEllipsisAndOnlyWhenTheTextIsStillTooLong() {
        String label = "Færre telefonhenvendelser ved digital timebestilling, kortere ventetid fra henvisning til"
                + " første time og bedre utnyttelse av poliklinikkenes kapasitet i hele regionen";
        List<String> lines = BoxText.wrap(label, WIDTH, SIZE, 3);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).doesNotEndWith(BoxText.ELLIPSIS);
        assertThat(lines.get(1)).doesNotEndWith(BoxText.ELLIPSIS);
        assertThat(lines.get(2)).endsWith(BoxText.ELLIPSIS);
        String shown = String.join(" ", lines);
        assertThat(label).startsWith(shown.substring(0, shown.length() - 1).strip());
    }

    @Test
    void aWordLongerThanTheBoxIsBrokenWithAHyphen() {
        List<String> lines = BoxText.wrap("Pasientadministrasjonssystemintegrasjonsprosjektet ferdig", WIDTH, SIZE, 3);
        assertThat(lines.getFirst()).endsWith("-");
        assertThat(String.join("", lines).replace("-", "").replace(" ", ""))
                .isEqualTo("Pasientadministrasjonssystemintegrasjonsprosjektetferdig");
        lines.forEach(l -> assertThat(BoxText.width(l, SIZE)).isLessThanOrEqualTo(WIDTH));
    }

    @Property(tries = 300)
    void everyLineFitsAndNothingIsLostUnlessTheEllipsisSaysSo(
            @ForAll
                    @NotBlank
                    @StringLength(max = 160)
                    @AlphaChars
                    @NumericChars
                    @Chars({' ', ' ', ' ', '-', 'æ', 'Ø', '·'})
                    String text,
            @ForAll @IntRange(min = 1, max = 3) int most) {
        List<String> lines = BoxText.wrap(text, WIDTH, SIZE, most);
        assertThat(lines).hasSizeLessThanOrEqualTo(most).isNotEmpty();
        lines.forEach(l -> assertThat(BoxText.width(l, SIZE)).isLessThanOrEqualTo(WIDTH));
        for (int i = 0; i < lines.size() - 1; i++) {
            assertThat(lines.get(i)).doesNotEndWith(BoxText.ELLIPSIS);
        }
        String normalised = text.strip().replaceAll("\\s+", " ");
        String last = lines.getLast();
        if (!last.endsWith(BoxText.ELLIPSIS) || normalised.endsWith(BoxText.ELLIPSIS)) {
            // Shown whole: the lines, less the hyphens of broken words, give the text back.
            assertThat(String.join("", lines).replace("-", "").replace(" ", ""))
                    .isEqualTo(normalised.replace("-", "").replace(" ", ""));
        }
    }
}
