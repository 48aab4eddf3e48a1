package org.dialoguedesk.render.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PngImagesTest {

    @Test
    void aChartImageReadsBackPixelForPixel() throws IOException {
        BufferedImage image = new BufferedImage(301, 157, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 301, 157);
        g.setColor(new Color(0x1F, 0x4E, 0x79));
        g.drawLine(3, 150, 290, 7);
        g.setColor(new Color(0xB0, 0x1E, 0x1E));
        g.fillOval(100, 40, 60, 60);
        g.dispose();
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(PngImages.of(image)));
        assertEquals(301, back.getWidth());
        assertEquals(157, back.getHeight());
        for (int y = 0; y < 157; y++) {
            for (int x = 0; x < 301; x++) {
                assertEquals(image.getRGB(x, y), back.getRGB(x, y), "pixel " + x + "," + y);
            }
        }
    }
}
