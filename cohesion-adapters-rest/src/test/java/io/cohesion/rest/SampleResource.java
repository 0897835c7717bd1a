package io.cohesion.rest;

import io.cohesion.core.ConflictException;
import io.cohesion.core.NotFoundException;
import io.cohesion.core.Page;
import io.cohesion.core.PageRequest;
import io.cohesion.core.ValidationException;
import io.cohesion.core.Versioned;
import io.cohesion.rest.http.Access;
import io.cohesion.rest.http.ApiResource;
import io.cohesion.rest.http.Bodies;
import io.cohesion.rest.http.Caller;
import io.cohesion.rest.http.Idempotency;
import io.cohesion.rest.http.Paging;
import io.cohesion.rest.http.Preconditions;
import io.cohesion.rest.http.Routes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** A resource used only by tests, exercising every shared convention over an in-test store. */
final class SampleResource implements ApiResource {
  /** The body of a sample: every kind of field the real resources use. */
  record SampleRequest(
      String name, Integer count, List<Double> answers, Map<String, Double> scores, LocalDate day) {
    SampleRequest {
      if (name == null || name.isBlank()) {
        throw ValidationException.of("name", "is required");
      }
    }
  }

  final Map<String, Versioned<SampleRequest>> store = new TreeMap<>();
  final Map<String, String> submissions = new ConcurrentHashMap<>();
  final List<String> submitted = new ArrayList<>();
  private Bodies bodies;

  @Override
  public void register(Routes routes) {
    bodies = routes.bodies();
    routes.get("/samples", Access.roles(Role.COORDINATOR, Role.RESEARCHER), this::list);
    routes.post("/samples", Access.roles(Role.COORDINATOR), this::create);
    routes.get("/samples/{id}", Access.roles(Role.COORDINATOR, Role.RESEARCHER), this::read);
    routes.put("/samples/{id}", Access.roles(Role.COORDINATOR), this::update);
    routes.post(
        "/samples/{id}/submissions",
        Access.rolesAndResidents(Role.COORDINATOR, Role.AMBASSADOR),
        this::submit);
    routes.get(
        "/boom",
        Access.roles(Role.COORDINATOR),
        ctx -> {
          throw new IllegalStateException("a bug with a secret inside");
        });
  }

  private void list(io.javalin.http.Context ctx) {
    PageRequest request = Paging.request(ctx);
    List<String> ids = new ArrayList<>(store.keySet());
    int from = (int) Math.min(ids.size(), request.offset());
    int to = Math.min(ids.size(), from + request.pageSize());
    Page<String> page = new Page<>(ids.subList(from, to), request, ids.size());
    ctx.json(Paging.body(ctx, page, page.items()));
  }

  private void create(io.javalin.http.Context ctx) throws Exception {
    SampleRequest sample = bodies.json(ctx, SampleRequest.class);
    String id = "s" + (store.size() + 1);
    Versioned<SampleRequest> stored = new Versioned<>(sample, 1);
    store.put(id, stored);
    ctx.status(201)
        .header("Location", Routes.BASE + "/samples/" + id)
        .header("ETag", stored.etag())
        .json(Map.of("id", id));
  }

  private void read(io.javalin.http.Context ctx) {
    Versioned<SampleRequest> sample = find(ctx.pathParam("id"));
    if (!Preconditions.tag(ctx, sample)) {
      ctx.json(sample.value());
    }
  }

  private void update(io.javalin.http.Context ctx) throws Exception {
    String id = ctx.pathParam("id");
    find(id);
    SampleRequest sample = bodies.json(ctx, SampleRequest.class);
    Versioned<SampleRequest> updated =
        Preconditions.update(
            ctx,
            expected -> {
              Versioned<SampleRequest> current = find(id);
              if (current.version() != expected) {
                throw new ConflictException("sample " + id + " is at " + current.version());
              }
              Versioned<SampleRequest> next = new Versioned<>(sample, expected + 1);
              store.put(id, next);
              return next;
            });
    ctx.json(updated.value());
  }

  private void submit(io.javalin.http.Context ctx) throws Exception {
    find(ctx.pathParam("id"));
    SampleRequest sample = bodies.json(ctx, SampleRequest.class);
    Optional<String> key = Idempotency.key(ctx, Caller.of(ctx).credential());
    String answer =
        key.map(k -> submissions.computeIfAbsent(k, unused -> record(sample)))
            .orElseGet(() -> record(sample));
    ctx.status(201).json(Map.of("id", answer));
  }

  private synchronized String record(SampleRequest sample) {
    submitted.add(sample.name());
    return "r" + submitted.size();
  }

  private Versioned<SampleRequest> find(String id) {
    Versioned<SampleRequest> sample = store.get(id);
    if (sample == null) {
      throw new NotFoundException("sample", id);
    }
    return sample;
  }
}
