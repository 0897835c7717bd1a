package io.cohesion.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PageCollectAllTest {

  @Test
  void readsEveryPageOfAListingLongerThanOnePage() {
    List<Integer> source = IntStream.range(0, 1234).boxed().toList();
    List<Integer> asked = new ArrayList<>();

    List<Integer> all =
        Page.collectAll(
            request -> {
              asked.add(request.page());
              int from = (int) Math.min(request.offset(), source.size());
              int to = Math.min(from + request.pageSize(), source.size());
              return new Page<>(source.subList(from, to), request, source.size());
            });

    assertThat(all).isEqualTo(source);
    assertThat(asked).containsExactly(1, 2, 3);
  }

  @Test
  void anEmptyListingIsOneEmptyPage() {
    assertThat(Page.<String>collectAll(r -> new Page<>(List.of(), r, 0))).isEmpty();
  }
}
