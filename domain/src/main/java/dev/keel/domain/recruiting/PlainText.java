package dev.keel.domain.recruiting;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes an uploaded text file whatever its charset: a byte-order mark names it (UTF-8, UTF-16); else strict
 * UTF-8; else Windows-1252 and, for the five bytes it leaves undefined, Latin-1, which decodes any byte. Text that
 * is mostly control characters (or has NUL bytes without a UTF-16 mark) is a binary file, not text: null.
 */
final class PlainText {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private PlainText() {
    }

    static String decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strict(StandardCharsets.UTF_8, bytes, 3);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return strict(StandardCharsets.UTF_16LE, bytes, 2);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return strict(StandardCharsets.UTF_16BE, bytes, 2);
        }
        for (byte b : bytes) {
            if (b == 0) {
                return null;
            }
        }
        String text = strict(StandardCharsets.UTF_8, bytes, 0);
        if (text == null) {
            text = strict(WINDOWS_1252, bytes, 0);
        }
        if (text == null) {
            text = new String(bytes, StandardCharsets.ISO_8859_1);
        }
        return mostlyControl(text) ? null : text;
    }

    private static String strict(Charset charset, byte[] bytes, int offset) {
        try {
            String text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
            return text.indexOf('\u0000') >= 0 ? null : text;
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** More than one character in ten is a control character other than tab, line and page breaks. */
    private static boolean mostlyControl(String text) {
        long control = text.chars().filter(c -> Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r'
                && c != '\f').count();
        return control * 10 > text.length();
    }

    private static boolean startsWith(byte[] bytes, int... magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((bytes[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
