package fugong.generate;

import java.util.SplittableRandom;

/**
 * Random streams derived from the seed and a key (purpose, county, day, enterprise …), so that each
 * part of the output depends only on its own key and never on the order things are built in.
 */
final class Seeds {
  private Seeds() {}

  static SplittableRandom random(long seed, Object... keyParts) {
    long state = mix(seed ^ 0x6A09E667F3BCC909L);
    for (Object part : keyParts) {
      if (part instanceof Number number) {
        state = mix(state ^ mix(number.longValue() + 0x3C6EF372FE94F82BL));
      } else {
        String text = String.valueOf(part);
        for (int index = 0; index < text.length(); index++) {
          state = mix(state ^ text.charAt(index));
        }
        state = mix(state ^ 0xBB67AE8584CAA73BL);
      }
    }
    return new SplittableRandom(state);
  }

  /** The SplitMix64 finalizer. */
  private static long mix(long value) {
    long z = value + 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
