package no.gevinst;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README and docs/ are read in a clone: every link leads to a file of the repository (or a heading of one), never
 * out of it, and no web link but the running application's own address.
 */
class DocsLinksTest {

    private static final Path ROOT = Path.of("").toAbsolutePath().normalize();
    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
    private static final Pattern AUTOLINK = Pattern.compile("<(https?://[^>]+)>");
    private static final Pattern FENCE = Pattern.compile("(?ms)^```.*?^```");

    @Test
    void everyLinkLeadsToAFileOfTheRepository() throws IOException {
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (Path page : pages()) {
            String text = FENCE.matcher(Files.readString(page)).replaceAll("");
            for (String target : targets(text)) {
                checked++;
                String problem = problem(page, target);
                if (problem != null) {
                    broken.add(ROOT.relativize(page) + ": " + target + " (" + problem + ")");
                }
            }
        }
        assertThat(checked).as("links found").isGreaterThan(20);
        assertThat(broken).as("links in the README and docs/").isEmpty();
    }

    private static List<Path> pages() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(ROOT.resolve("README.md")));
        try (Stream<Path> docs = Files.walk(ROOT.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        return pages;
    }

    private static List<String> targets(String text) {
        List<String> targets = new ArrayList<>();
        for (Pattern pattern : List.of(MARKDOWN_LINK, AUTOLINK)) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                targets.add(m.group(1));
            }
        }
        return targets;
    }

    /** What is wrong with a link, or null when it leads somewhere in the repository. */
    private static String problem(Path page, String target) throws IOException {
        if (target.matches("(?i)[a-z][a-z0-9+.-]*:.*")) {
            return target.matches("https?://localhost(:\\d+)?(/.*)?") ? null : "leaves the repository";
        }
        int hash = target.indexOf('#');
        String file = hash < 0 ? target : target.substring(0, hash);
        Path resolved = file.isEmpty() ? page : page.getParent().resolve(file).normalize();
        if (!resolved.startsWith(ROOT)) {
            return "leaves the repository";
        }
        if (!Files.exists(resolved)) {
            return "no such file";
        }
        if (hash >= 0 && !headingsOf(resolved).contains(target.substring(hash + 1))) {
            return "no such heading";
        }
        return null;
    }

    /** GitHub's anchors of a Markdown file's headings: lower case, punctuation dropped, spaces as hyphens. */
    private static List<String> headingsOf(Path file) throws IOException {
        List<String> anchors = new ArrayList<>();
        String text = FENCE.matcher(Files.readString(file)).replaceAll("");
        for (String line : text.lines().toList()) {
            if (line.startsWith("#")) {
                String heading = line.replaceFirst("^#+\\s*", "").toLowerCase(Locale.ROOT);
                anchors.add(heading.replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-'));
            }
        }
        return anchors;
    }
}
