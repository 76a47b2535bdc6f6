package be.digitalkeys.themes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every relative link in README.md and docs/**.md points to a file or folder that exists (the
 * repository root is this module's parent folder). Links to the web and pure anchors are left out;
 * an anchor after a path is not allowed, so a renamed heading cannot break a link silently.
 */
class DocumentationLinksTest {

    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");

    @Test
    void everyRelativeLinkPointsToAnExistingFile() throws IOException {
        List<Path> pages = new ArrayList<>();
        pages.add(ROOT.resolve("README.md"));
        try (Stream<Path> docs = Files.walk(ROOT.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).forEach(pages::add);
        }
        assertTrue(pages.size() > 10, "README.md and the docs pages: " + pages);
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (Path page : pages) {
            for (String target : relativeLinks(Files.readString(page, StandardCharsets.UTF_8))) {
                checked++;
                if (target.contains("#")) {
                    broken.add(ROOT.relativize(page) + ": " + target + " (no anchors after a path)");
                } else if (!Files.exists(page.getParent().resolve(target).normalize())) {
                    broken.add(ROOT.relativize(page) + ": " + target);
                }
            }
        }
        assertTrue(checked > 50, "links checked: " + checked);
        assertEquals(List.of(), broken, "broken links");
    }

    @Test
    void aMissingFileIsReported() {
        List<String> links = relativeLinks("[a](docs/none.md) [b](https://example.org) [c](#top) [d](README.md)");
        assertEquals(List.of("docs/none.md", "README.md"), links);
        assertTrue(!Files.exists(ROOT.resolve("docs/none.md")));
    }

    @Test
    void theReadmeLinksEveryDocsPage() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        String index = Files.readString(ROOT.resolve("docs/README.md"), StandardCharsets.UTF_8)
                + Files.readString(ROOT.resolve("docs/methods/README.md"), StandardCharsets.UTF_8)
                + Files.readString(ROOT.resolve("docs/decisions/README.md"), StandardCharsets.UTF_8);
        List<String> unlinked = new ArrayList<>();
        try (Stream<Path> docs = Files.walk(ROOT.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).forEach(p -> {
                String name = p.getFileName().toString();
                String path = ROOT.relativize(p).toString().replace('\\', '/');
                if (!readme.contains("(" + path + ")") && !index.contains("(" + name + ")")
                        && !index.contains("(" + p.getParent().getFileName() + "/" + name + ")")) {
                    unlinked.add(path);
                }
            });
        }
        assertEquals(List.of(), unlinked, "docs pages reached neither from README.md nor from an index");
    }

    static List<String> relativeLinks(String markdown) {
        List<String> links = new ArrayList<>();
        Matcher m = LINK.matcher(markdown);
        while (m.find()) {
            String target = m.group(1);
            if (!target.startsWith("http://") && !target.startsWith("https://") && !target.startsWith("mailto:")
                    && !target.startsWith("#")) {
                links.add(target);
            }
        }
        return links;
    }
}
