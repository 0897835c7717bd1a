package io.cohesion.persistence.internal;

import io.cohesion.core.CohesionException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;

/**
 * The write transactions of a database that admits one writer at a time (SQLite), run by one thread
 * in the order they arrive.
 *
 * <p>Without it, writers on pooled connections race for the database's write lock, and SQLite's
 * busy handler puts the losers to sleep with growing back-off: writers are served in no particular
 * order, and a loser sleeps on after the lock is free. Here they wait in a queue instead, and the
 * lock is never contended within the process.
 *
 * <p>Work marked {@linkplain #grouped groupable} (single submissions) that is waiting when the
 * writer becomes free is run in one transaction, each piece inside its own savepoint: a piece that
 * fails is rolled back to its savepoint and fails alone, the others go on. The transaction then
 * commits once (one fsync for all of them), and only after that commit has succeeded does any
 * caller of the group get its result. If the commit fails, every caller of the group gets an error
 * and nothing of the group is stored.
 *
 * <p>The statements that the writer runs for every submission are prepared once on its connection
 * and kept across transactions ({@link #prepared}): preparing them again for each submission cost
 * the writer, which every submission waits for, more than running them.
 */
public final class WriteQueue implements AutoCloseable {
  /** The most pieces of work one shared transaction holds, so that a transaction stays short. */
  static final int MAX_GROUP = 256;

  private final Jdbi jdbi;
  private final String name;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition arrived = lock.newCondition();
  private final ArrayDeque<Task<?>> queue = new ArrayDeque<>();
  private final Thread writer;
  private boolean closed;
  // Written by the writer thread only; read by tests.
  private volatile long transactions;
  // The writer's statements by their SQL, and the connection they are prepared on; writer only.
  private final Map<String, PreparedStatement> prepared = new HashMap<>();
  private Connection preparedOn;
  private volatile long preparations;

  /**
   * Starts the writer over {@code dataSource}, which should hand out one connection (the writer
   * borrows it for each transaction).
   *
   * @param name the database's name, for messages and the thread's name
   */
  public WriteQueue(DataSource dataSource, String name) {
    this.jdbi = DatabaseFailure.quiet(Jdbi.create(dataSource));
    this.name = name;
    this.writer = new Thread(this::run, "cohesion-" + name.toLowerCase() + "-writer");
    writer.setDaemon(true);
    writer.start();
  }

  /** Runs {@code work} in a transaction of its own and returns its result once committed. */
  <T> T alone(HandleCallback<T, SQLException> work) throws SQLException {
    return enqueue(new Task<>(work, false));
  }

  /**
   * Runs {@code work} in a transaction it may share with other groupable work, and returns its
   * result once that transaction has committed. An exception {@code work} throws rolls back its own
   * writes only.
   */
  <T> T grouped(HandleCallback<T, SQLException> work) throws SQLException {
    return enqueue(new Task<>(work, true));
  }

  /** How many transactions the writer has committed or rolled back (for tests). */
  long transactions() {
    return transactions;
  }

  /** How many statements the writer has prepared to keep (for tests). */
  long preparations() {
    return preparations;
  }

  /** Whether the calling thread is the writer. */
  boolean isWriter() {
    return Thread.currentThread() == writer;
  }

  /**
   * The statement for {@code sql} on the connection of {@code h}, a handle of the writer's
   * transaction: prepared on first use and kept for later transactions on the same connection. Its
   * user sets every parameter, closes its result sets and never closes it.
   */
  PreparedStatement prepared(Handle h, String sql) throws SQLException {
    if (!isWriter()) {
      throw new IllegalStateException("only the writer keeps prepared statements");
    }
    // Beneath the pool's proxy, which would close the statements with each transaction's handle.
    Connection connection = h.getConnection().unwrap(Connection.class);
    if (connection != preparedOn) {
      // The pool replaced the connection: the statements went with the old one.
      closePrepared();
      preparedOn = connection;
    }
    PreparedStatement statement = prepared.get(sql);
    if (statement == null) {
      statement = connection.prepareStatement(sql);
      prepared.put(sql, statement);
      preparations++;
    }
    return statement;
  }

  private void closePrepared() {
    for (PreparedStatement statement : prepared.values()) {
      try {
        statement.close();
      } catch (SQLException | RuntimeException e) {
        // Its connection is gone already, and the statement with it.
      }
    }
    prepared.clear();
    preparedOn = null;
  }

  /** How many pieces of work wait for the writer (for tests). */
  int waiting() {
    lock.lock();
    try {
      return queue.size();
    } finally {
      lock.unlock();
    }
  }

  /** Whether {@link #close} has been called (for tests). */
  boolean closed() {
    lock.lock();
    try {
      return closed;
    } finally {
      lock.unlock();
    }
  }

  /** Lets the work already queued finish, then stops the writer. */
  @Override
  public void close() {
    lock.lock();
    try {
      closed = true;
      arrived.signal();
    } finally {
      lock.unlock();
    }
    boolean interrupted = false;
    while (writer.isAlive()) {
      try {
        writer.join();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private <T> T enqueue(Task<T> task) throws SQLException {
    if (Thread.currentThread() == writer) {
      // Waiting here for the writer would wait for ourselves.
      throw new IllegalStateException("a write transaction cannot start another one");
    }
    lock.lock();
    try {
      if (closed) {
        throw new CohesionException("the " + name + " store is closed");
      }
      queue.add(task);
      arrived.signal();
    } finally {
      lock.unlock();
    }
    return task.outcome();
  }

  private void run() {
    List<Task<?>> batch = new ArrayList<>();
    while (true) {
      lock.lock();
      try {
        while (queue.isEmpty() && !closed) {
          arrived.awaitUninterruptibly();
        }
        if (queue.isEmpty()) {
          closePrepared();
          return;
        }
        Task<?> first = queue.poll();
        batch.add(first);
        if (first.groupable) {
          while (batch.size() < MAX_GROUP && !queue.isEmpty() && queue.peek().groupable) {
            batch.add(queue.poll());
          }
        }
      } finally {
        lock.unlock();
      }
      try {
        execute(batch);
      } finally {
        // Whatever happened, no caller is left waiting.
        for (Task<?> task : batch) {
          task.finish();
        }
        batch.clear();
      }
    }
  }

  /** Runs {@code batch} in one transaction; sets each task's result or failure. */
  private void execute(List<Task<?>> batch) {
    boolean shared = batch.size() > 1;
    Throwable failure;
    try (Handle h = jdbi.open()) {
      h.begin();
      try {
        for (Task<?> task : batch) {
          if (shared) {
            prepared(h, "SAVEPOINT submission").execute();
          }
          task.run(h);
          if (shared) {
            if (task.failure != null) {
              prepared(h, "ROLLBACK TO submission").execute();
            }
            prepared(h, "RELEASE submission").execute();
          }
        }
        if (!shared && batch.get(0).failure != null) {
          h.rollback();
        } else {
          h.commit();
        }
        transactions++;
        return;
      } catch (Throwable e) {
        failure = e;
        try {
          h.rollback();
        } catch (Throwable rollback) {
          e.addSuppressed(rollback);
        }
      }
    } catch (Throwable e) {
      failure = e;
    }
    transactions++;
    CohesionException error =
        new CohesionException(
            name
                + " could not commit a transaction of "
                + batch.size()
                + (batch.size() == 1 ? " write" : " writes")
                + "; none of them is stored",
            failure);
    for (Task<?> task : batch) {
      task.failed(error);
    }
  }

  /** One caller's work, its outcome, and the caller waiting for it. */
  private static final class Task<T> {
    final HandleCallback<T, SQLException> work;
    final boolean groupable;
    private final CompletableFuture<T> done = new CompletableFuture<>();
    private T result;
    private Throwable failure;

    Task(HandleCallback<T, SQLException> work, boolean groupable) {
      this.work = work;
      this.groupable = groupable;
    }

    void run(Handle h) {
      try {
        result = work.withHandle(h);
      } catch (Throwable e) {
        failure = e;
      }
    }

    /** Replaces a result by {@code error}: the transaction that held it did not commit. */
    void failed(Throwable error) {
      if (failure == null) {
        failure = error;
      }
    }

    void finish() {
      if (failure != null) {
        done.completeExceptionally(failure);
      } else {
        done.complete(result);
      }
    }

    T outcome() throws SQLException {
      try {
        // Not interruptible: the caller must learn whether its work was stored.
        return done.join();
      } catch (CompletionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof SQLException sql) {
          throw sql;
        }
        if (cause instanceof RuntimeException runtime) {
          throw runtime;
        }
        if (cause instanceof Error error) {
          throw error;
        }
        // The store's translation names the failure; a database's message may quote values.
        throw new CohesionException("a write failed", cause);
      }
    }
  }
}
