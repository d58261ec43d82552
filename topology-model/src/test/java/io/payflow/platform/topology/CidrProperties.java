package io.payflow.platform.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class CidrProperties {
  @Provide
  Arbitrary<Cidr> blocks() {
    Arbitrary<Integer> octet = Arbitraries.integers().between(0, 255);
    return Combinators.combine(octet, octet, octet, octet, Arbitraries.integers().between(0, 32))
        .as((a, b, c, d, prefix) -> Cidr.containing(a + "." + b + "." + c + "." + d, prefix));
  }

  @Property
  boolean overlapIsSymmetric(@ForAll("blocks") Cidr a, @ForAll("blocks") Cidr b) {
    return a.overlaps(b) == b.overlaps(a);
  }

  @Property
  void containmentImpliesOverlap(@ForAll("blocks") Cidr a, @ForAll("blocks") Cidr b) {
    if (a.contains(b)) {
      assertThat(a.overlaps(b)).isTrue();
      assertThat(b.overlaps(a)).isTrue();
    }
  }

  @Property
  void canonicalFormIsIdempotent(@ForAll("blocks") Cidr a) {
    Cidr again = Cidr.parse(a.toString());
    assertThat(again).isEqualTo(a);
    assertThat(again.toString()).isEqualTo(a.toString());
  }

  @Property
  void splittingPartitionsTheBlockExactly(
      @ForAll("blocks") Cidr block, @ForAll @IntRange(min = 0, max = 8) int extraBits) {
    int newPrefix = Math.min(32, block.prefix() + extraBits);
    List<Cidr> parts = block.split(newPrefix);
    assertThat(parts.stream().mapToLong(Cidr::addressCount).sum()).isEqualTo(block.addressCount());
    for (int i = 0; i < parts.size(); i++) {
      assertThat(block.contains(parts.get(i))).isTrue();
      for (int j = i + 1; j < parts.size(); j++) {
        assertThat(parts.get(i).overlaps(parts.get(j))).isFalse();
      }
    }
  }

  @Property
  void aBlockContainsItselfAndOverlapsItself(@ForAll("blocks") Cidr a) {
    assertThat(a.contains(a)).isTrue();
    assertThat(a.overlaps(a)).isTrue();
  }
}
