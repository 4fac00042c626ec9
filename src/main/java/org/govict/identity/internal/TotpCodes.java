package org.govict.identity.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import org.apache.commons.codec.binary.Base32;
import org.springframework.stereotype.Component;

/**
 * Time-based one-time codes (RFC 6238: 6 digits, 30-second steps, HMAC-SHA1), as authenticator apps make them.
 * A code from the step before or after is accepted too, for clocks a little apart.
 */
@Component
public class TotpCodes {

	private static final SecureRandom random = new SecureRandom();

	private final TimeBasedOneTimePasswordGenerator generator = new TimeBasedOneTimePasswordGenerator();

	private final Base32 base32 = new Base32();

	public String newSecret() {
		byte[] bytes = new byte[20];
		random.nextBytes(bytes);
		return base32.encodeToString(bytes).replace("=", "");
	}

	public boolean verify(String secret, String code, Instant now) {
		if (secret == null || code == null) {
			return false;
		}
		String digits = code.replaceAll("\\s", "");
		if (!digits.matches("\\d{6}")) {
			return false;
		}
		SecretKeySpec key = new SecretKeySpec(base32.decode(secret), "HmacSHA1");
		Duration step = generator.getTimeStep();
		for (int offset = -1; offset <= 1; offset++) {
			if (codeAt(key, now.plus(step.multipliedBy(offset))).equals(digits)) {
				return true;
			}
		}
		return false;
	}

	/** The code for the given moment; for tests and for nothing else. */
	public String codeAt(String secret, Instant at) {
		return codeAt(new SecretKeySpec(base32.decode(secret), "HmacSHA1"), at);
	}

	private String codeAt(SecretKeySpec key, Instant at) {
		try {
			return String.format("%06d", generator.generateOneTimePassword(key, at));
		}
		catch (InvalidKeyException ex) {
			throw new IllegalStateException("A stored TOTP secret is unusable", ex);
		}
	}

	/** The otpauth:// address an authenticator app reads from the QR code. */
	public String provisioningUri(String username, String secret) {
		String label = URLEncoder.encode("GovICT:" + username, StandardCharsets.UTF_8).replace("+", "%20");
		return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=GovICT&algorithm=SHA1&digits=6&period=30";
	}

	/** The QR code of the address as an SVG image, drawn from ZXing's module matrix. */
	public String qrSvg(String text) {
		try {
			BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0);
			int size = matrix.getWidth();
			StringBuilder path = new StringBuilder();
			for (int y = 0; y < size; y++) {
				for (int x = 0; x < size; x++) {
					if (matrix.get(x, y)) {
						path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
					}
				}
			}
			return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"-4 -4 " + (size + 8) + " " + (size + 8)
					+ "\" width=\"200\" height=\"200\" shape-rendering=\"crispEdges\"><rect x=\"-4\" y=\"-4\" width=\""
					+ (size + 8) + "\" height=\"" + (size + 8) + "\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path
					+ "\"/></svg>";
		}
		catch (WriterException ex) {
			throw new IllegalStateException("Could not draw the QR code", ex);
		}
	}
}
