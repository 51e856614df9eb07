package dev.keel.domain.recruiting.matching;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Vector helpers: storage encoding (float32 big-endian, i.e. network order as
 * PostgreSQL's float4send writes it, so vectors can also be produced and inspected in SQL) and L2 normalisation. */
public final class Vectors {
    private Vectors() {
    }

    public static byte[] encode(float[] v) {
        ByteBuffer buf = ByteBuffer.allocate(v.length * Float.BYTES).order(ByteOrder.BIG_ENDIAN);
        buf.asFloatBuffer().put(v);
        return buf.array();
    }

    public static float[] decode(byte[] bytes) {
        float[] v = new float[bytes.length / Float.BYTES];
        ByteBuffer.wrap(bytes).order(ByteOrder.BIG_ENDIAN).asFloatBuffer().get(v);
        return v;
    }

    /** A unit-length copy; a zero vector stays zero. */
    public static float[] normalize(float[] v) {
        double sum = 0;
        for (float x : v) {
            sum += (double) x * x;
        }
        float[] out = v.clone();
        if (sum == 0) {
            return out;
        }
        float inv = (float) (1.0 / Math.sqrt(sum));
        for (int i = 0; i < out.length; i++) {
            out[i] *= inv;
        }
        return out;
    }
}
