package com.videopipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Reading a batch's {@code report.html} in tests without a browser: parsed strictly as XML (the sheet is written
 * in XHTML syntax, so any unescaped prompt or unclosed tag fails the parse), its tiles, totals and images checked.
 */
public final class ContactSheets {

    private ContactSheets() {
    }

    /** One tile: the job's id, status, prompt as the page shows it, and its image's src (null when none). */
    public record Tile(String id, String status, String prompt, String image, String link) {
    }

    public static Document parse(Path html) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            return factory.newDocumentBuilder().parse(html.toFile());
        } catch (Exception e) {
            throw new AssertionError(html + " is not well-formed: " + e.getMessage(), e);
        }
    }

    /** The tiles by job id, in page order. */
    public static Map<String, Tile> tiles(Document page) {
        Map<String, Tile> tiles = new LinkedHashMap<>();
        for (Element figure : elements(page.getDocumentElement(), "figure")) {
            List<Element> imgs = elements(figure, "img");
            List<Element> links = elements(figure, "a");
            String prompt = elements(figure, "p").stream().filter(p -> p.getAttribute("class").equals("prompt"))
                    .findFirst().map(Element::getTextContent).orElse(null);
            tiles.put(figure.getAttribute("data-job"), new Tile(figure.getAttribute("data-job"),
                    figure.getAttribute("data-status"), prompt, imgs.isEmpty() ? null : imgs.get(0).getAttribute("src"),
                    links.isEmpty() ? null : links.get(0).getAttribute("href")));
        }
        return tiles;
    }

    /** The batch totals on top of the page, by key ({@code estimated-usd}, {@code delivered}, ...). */
    public static Map<String, String> totals(Document page) {
        Map<String, String> totals = new LinkedHashMap<>();
        for (Element td : elements(page.getDocumentElement(), "td")) {
            if (td.hasAttribute("data-total")) {
                totals.put(td.getAttribute("data-total"), td.getTextContent());
            }
        }
        return totals;
    }

    /** Every {@code <img>} points at a file beside the page that is a real image: JPEG/PNG decoded, WebP by header. */
    public static void assertImagesRender(Document page, Path dir) {
        for (Element img : elements(page.getDocumentElement(), "img")) {
            Path file = dir.resolve(img.getAttribute("src"));
            assertThat(file).as("img src must be a relative file beside the page").exists();
            assertThat(file.normalize().getParent()).isEqualTo(dir.normalize());
            if (file.toString().endsWith(".webp")) {
                assertWebp(file); // the JDK's ImageIO has no WebP reader; browsers have
            } else {
                assertThat(read(file)).as(file + " decodes").isNotNull();
            }
        }
    }

    public static List<Element> elements(Element root, String tag) {
        NodeList nodes = root.getElementsByTagName(tag);
        List<Element> list = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }

    private static void assertWebp(Path file) {
        try {
            byte[] head = java.util.Arrays.copyOf(Files.readAllBytes(file), 12);
            assertThat(new String(head, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("RIFF");
            assertThat(new String(head, 8, 4, StandardCharsets.US_ASCII)).isEqualTo("WEBP");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static java.awt.image.BufferedImage read(Path file) {
        try {
            return ImageIO.read(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
