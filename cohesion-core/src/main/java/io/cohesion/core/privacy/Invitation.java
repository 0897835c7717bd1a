package io.cohesion.core.privacy;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A stored invitation: the hash of its code and, optionally, the building or street it was handed
 * out in. The code itself is not kept.
 *
 * @param codeHash the {@link InvitationCode#hash()} of the code, 64 lowercase hex digits
 * @param label the building or street label of its batch, if any (1–100 printable characters)
 */
public record Invitation(String codeHash, Optional<String> label) {
  public Invitation {
    requireNonNull(codeHash, "code hash");
    if (!codeHash.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException(
          "a code hash is 64 lowercase hex digits, got '" + codeHash + "'");
    }
    requireNonNull(label, "label");
    label.ifPresent(Invitation::checkLabel);
  }

  /** The invitation for {@code code}, keeping only its hash. */
  public static Invitation of(InvitationCode code, Optional<String> label) {
    return new Invitation(code.hash(), label);
  }

  /** Returns {@code label} if it is a valid batch label. */
  static String checkLabel(String label) {
    if (label.isBlank()
        || label.length() > 100
        || label.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException(
          "a building or street label has 1-100 printable characters, got '" + label + "'");
    }
    return label;
  }
}
