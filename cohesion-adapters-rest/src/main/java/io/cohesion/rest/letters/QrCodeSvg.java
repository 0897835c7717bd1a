package io.cohesion.rest.letters;

import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;
import io.cohesion.rest.http.Html;

/**
 * A QR code as inline SVG: one path of dark modules on a white square with the quiet zone of four
 * modules that readers need. Inline, so the letters need no image source and no second request.
 */
final class QrCodeSvg {
  /** The blank border readers need around the symbol, in modules. */
  static final int QUIET_ZONE = 4;

  private QrCodeSvg() {}

  /**
   * The SVG element of a QR code of {@code text}, error correction level M (a folded or smudged
   * letter still scans), labelled {@code label} for screen readers.
   */
  static String of(String text, String label) {
    QRCode code;
    try {
      code = Encoder.encode(text, ErrorCorrectionLevel.M);
    } catch (WriterException e) {
      throw new IllegalArgumentException(
          "cannot encode a QR code of " + text.length() + " characters", e);
    }
    ByteMatrix matrix = code.getMatrix();
    int size = matrix.getWidth() + 2 * QUIET_ZONE;
    StringBuilder path = new StringBuilder();
    for (int y = 0; y < matrix.getHeight(); y++) {
      int x = 0;
      while (x < matrix.getWidth()) {
        if (matrix.get(x, y) != 1) {
          x++;
          continue;
        }
        int start = x;
        while (x < matrix.getWidth() && matrix.get(x, y) == 1) {
          x++;
        }
        // one rectangle per run of dark modules keeps the path short
        path.append('M')
            .append(start + QUIET_ZONE)
            .append(' ')
            .append(y + QUIET_ZONE)
            .append('h')
            .append(x - start)
            .append("v1h-")
            .append(x - start)
            .append('z');
      }
    }
    return "<svg class=\"qr\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 "
        + size
        + " "
        + size
        + "\" role=\"img\" aria-label=\""
        + Html.escape(label)
        + "\" shape-rendering=\"crispEdges\"><rect width=\""
        + size
        + "\" height=\""
        + size
        + "\" fill=\"#ffffff\"/><path fill=\"#000000\" d=\""
        + path
        + "\"/></svg>";
  }
}
