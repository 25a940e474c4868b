package no.gevinst.network;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Text measured and wrapped as the drawing's typeface sets it, so that a label fills its box without running out of
 * it. The server cannot ask the reader's browser how wide a word is; it knows the advance widths of Inter (regular),
 * the face the pages and the documents draw the map in, and measures with them. Kerning only narrows Inter's text,
 * so a line measured this way never comes out wider than measured.
 */
final class BoxText {

    /** Inter regular's advance widths in thousandths of an em, for the characters U+0020 to U+007E. */
    private static final short[] ASCII = {
        281, 288, 466, 633, 642, 982, 644, 300, 365, 365, 501, 662, 288, 460, 288, 360, 631, 407, 610, 618, 646, 593,
        620, 566, 619, 620, 288, 302, 662, 662, 662, 511, 966, 690, 654, 730, 722, 601, 590, 746, 743, 269, 571, 672,
        565, 903, 753, 765, 639, 765, 644, 642, 646, 744, 690, 985, 682, 679, 629, 365, 360, 365, 471, 456, 323, 562,
        612, 571, 612, 583, 370, 613, 591, 242, 242, 549, 242, 876, 591, 600, 612, 612, 376, 528, 327, 591, 562, 818,
        546, 562, 552, 426, 333, 426, 662
    };

    /** The Norwegian letters and the punctuation the drawing writes, which decomposing to a base letter misses. */
    private static final Map<Character, Integer> OTHER = Map.ofEntries(
            Map.entry('æ', 917),
            Map.entry('ø', 600),
            Map.entry('Æ', 994),
            Map.entry('Ø', 765),
            Map.entry('–', 500),
            Map.entry('—', 1000),
            Map.entry('−', 662),
            Map.entry('·', 288),
            Map.entry('…', 864),
            Map.entry('«', 583),
            Map.entry('»', 583),
            Map.entry('’', 261),
            Map.entry('\u00A0', 281),
            Map.entry('\u202F', 281));

    /** What a character the tables do not know is taken to need: as wide as a capital O, rather too much than less. */
    private static final int UNKNOWN = 765;

    static final String ELLIPSIS = "…";

    private BoxText() {}

    /** The width of the text set in Inter at the size, in the drawing's units. */
    static double width(String text, double size) {
        double thousandths = 0;
        for (int i = 0; i < text.length(); i++) {
            thousandths += advance(text.charAt(i));
        }
        return thousandths * size / 1000;
    }

    private static int advance(char c) {
        if (c >= 0x20 && c <= 0x7E) {
            return ASCII[c - 0x20];
        }
        Integer known = OTHER.get(c);
        if (known != null) {
            return known;
        }
        // An accented letter is as wide as its base letter (é as e, Å as A).
        String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        char first = base.charAt(0);
        return first != c && first >= 0x20 && first <= 0x7E ? ASCII[first - 0x20] : UNKNOWN;
    }

    /**
     * The text broken into lines no wider than {@code width}, at most {@code maxLines} of them: word by word, a word
     * longer than a whole line broken with a hyphen. Only when the text still does not fit does the last line end in an
     * ellipsis. Blank text gives no lines.
     */
    static List<String> wrap(String text, double width, double size, int maxLines) {
        List<String> lines = new ArrayList<>();
        String rest = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        while (!rest.isEmpty() && lines.size() < maxLines) {
            if (lines.size() == maxLines - 1) {
                lines.add(fitted(rest, width, size));
                return lines;
            }
            String line = firstLine(rest, width, size);
            lines.add(line);
            rest = rest.substring(line.endsWith("-") && !rest.startsWith(line) ? line.length() - 1 : line.length())
                    .strip();
        }
        return lines;
    }

    /** As many whole words as fit on one line; a first word too long for a line is cut with a hyphen. */
    private static String firstLine(String text, double width, double size) {
        int end = 0;
        int next = 0;
        while (next < text.length()) {
            int space = text.indexOf(' ', next);
            int wordEnd = space < 0 ? text.length() : space;
            if (width(text.substring(0, wordEnd), size) > width) {
                break;
            }
            end = wordEnd;
            next = wordEnd + 1;
        }
        if (end > 0) {
            return text.substring(0, end);
        }
        int cut = fittingPrefix(text, width - width("-", size), size);
        return text.substring(0, cut) + "-";
    }

    /** The text whole if it fits on the line, else as much of it as fits with an ellipsis after it. */
    static String fitted(String text, double width, double size) {
        if (width(text, size) <= width) {
            return text;
        }
        String cut = text.substring(0, fittingPrefix(text, width - width(ELLIPSIS, size), size));
        return cut.stripTrailing() + ELLIPSIS;
    }

    /** The length of the longest beginning of the text that fits the width; at least one character. */
    private static int fittingPrefix(String text, double width, double size) {
        double used = 0;
        for (int i = 0; i < text.length(); i++) {
            used += advance(text.charAt(i)) * size / 1000;
            if (used > width) {
                return Math.max(1, i);
            }
        }
        return text.length();
    }
}
