package be.digitalkeys.it.support;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * The README gallery, produced by the tests: when a test shoots one of the pages below, a 640-pixel
 * JPEG of it is written to target/gallery/ under its gallery name. Refresh the committed pictures with
 * {@code cp it-tests/target/gallery/*.jpg themes/gallery/} after a full run.
 */
public final class Gallery {

    static final int WIDTH = 640;
    static final float QUALITY = 0.82f;

    /** Screenshot name → gallery file name (without extension). */
    static final Map<String, String> PAGES = Map.ofEntries(
            Map.entry("security-code-fr-01-chooser", "01-key-chooser-fr"),
            Map.entry("journey-fr-03-totp-setup", "02-totp-setup-fr"),
            Map.entry("journey-nl-05-totp", "03-totp-nl"),
            Map.entry("security-code-fr-03-code", "04-security-code-email-fr"),
            Map.entry("security-code-nl-03-sms", "05-security-code-sms-nl"),
            Map.entry("activation-fr-01-office", "06-registration-office-fr"),
            Map.entry("card-reader-fr-02-challenge", "07-card-reader-fr"),
            Map.entry("eid-page-fr", "08-eid-fr"),
            Map.entry("eid-software-dialog-fr", "09-eid-test-dialog-fr"),
            Map.entry("eid-profile-choice-fr", "10-profile-choice-fr"),
            Map.entry("app-phone-de", "11-app-phone-de"),
            Map.entry("app-wait-fr", "12-app-waiting-fr"),
            Map.entry("app-enrol-token-en", "13-app-activation-en"),
            Map.entry("app-simulator-request-fr", "14-app-simulator-fr"),
            Map.entry("branding-bank", "15-tenant-bank-fr"),
            Map.entry("titres-services-fr-chooser", "16-titres-services-fr"),
            Map.entry("org-context-titres-services-fr", "17-org-context-fr"),
            Map.entry("org-manage-main-manager-fr", "18-org-manage-fr"));

    private Gallery() {
    }

    /** Called for every screenshot; writes the gallery picture when the page is one of ours. */
    static void offer(String screenshotName, Path png) {
        String name = PAGES.get(screenshotName);
        if (name == null) {
            return;
        }
        try {
            Path out = TestSettings.output().resolve("gallery").resolve(name + ".jpg");
            Files.createDirectories(out.getParent());
            writeJpeg(scaled(ImageIO.read(png.toFile())), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedImage scaled(BufferedImage source) {
        int height = source.getHeight() * WIDTH / source.getWidth();
        BufferedImage target = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(source, 0, 0, WIDTH, height, null);
        g.dispose();
        return target;
    }

    private static void writeJpeg(BufferedImage image, Path out) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(QUALITY);
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out.toFile())) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
    }
}
