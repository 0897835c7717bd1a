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
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;

/**
 * The write transactions of a database that admits one writer at a time (SQLite), run one at a time
 * in the order they arrive.
 *
 * <p>Without it, writers on pooled connections race for the database's write lock, and SQLite's
 * busy handler puts the losers to sleep with growing back-off: writers are served in no particular
 * order, and a loser sleeps on after the lock is free. Here they wait in a queue instead, and the
 * lock is never contended within the process.
 *
 * <p>There is no writer thread of its own: the callers take turns as the writer. A caller that
 * finds no writer at work becomes the writer and runs its own work at once; a caller that finds one
 * at work queues its work and waits. When the writer has committed, it hands the writer's role to
 * the caller of the first piece of work still queued, which then runs that piece and whatever may
 * share its transaction. No thread is woken to start work that finds the queue idle, and the caller
 * that writes a group is not woken after its commit. One thread at a time holds the role, and the
 * role passes under the queue's lock (or with the handed task's state), so the connection and the
 * statements kept on it ({@link #prepared}) are only ever used by one thread at a time. A caller's
 * interrupt does not reach the database work it runs as the writer: it is set again afterwards.
 *
 * <p>Work marked {@linkplain #grouped groupable} (single submissions) that is waiting when the
 * writer's role is taken is run in one transaction, each piece inside its own savepoint: a piece
 * that fails is rolled back to its savepoint and fails alone, the others go on. The transaction
 * then commits once (one fsync for all of them), and only after that commit has succeeded does any
 * caller of the group get its result. If the commit fails, every caller of the group gets an error
 * and nothing of the group is stored. Other work runs in a transaction of its own.
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
  // Signalled when the role falls free with nothing queued; guarded by the lock, as are the next.
  private final Condition idle = lock.newCondition();
  private final ArrayDeque<Task<?>> queue = new ArrayDeque<>();
  // Whether a thread holds the writer's role; while none does, nothing is queued.
  private boolean writing;
  private boolean closed;
  // The thread that holds the writer's role, null between turns; set and cleared by that thread.
  private volatile Thread writer;
  // Written by the writer only; read by tests.
  private volatile long transactions;
  // The writer's statements by their SQL, and the connection they are prepared on; writer only.
  private final Map<String, PreparedStatement> prepared = new HashMap<>();
  private Connection preparedOn;
  private volatile long preparations;

  /**
   * A queue for the writes over {@code dataSource}, which should hand out one connection (the
   * writer borrows it for each transaction).
   *
   * @param name the database's name, for messages
   */
  public WriteQueue(DataSource dataSource, String name) {
    this.jdbi = DatabaseFailure.quiet(Jdbi.create(dataSource));
    this.name = name;
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

  /** Whether the calling thread holds the writer's role, that is runs a write transaction. */
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

  /**
   * Takes no more work, lets the work already queued finish, and closes the statements the writer
   * kept.
   *
   * @throws IllegalStateException when called from inside a write transaction, which would wait for
   *     itself
   */
  @Override
  public void close() {
    if (isWriter()) {
      throw new IllegalStateException("a write transaction cannot close its store");
    }
    lock.lock();
    try {
      closed = true;
      while (writing) {
        idle.awaitUninterruptibly();
      }
      // No one can take the role any more: the statements are ours to close.
      closePrepared();
    } finally {
      lock.unlock();
    }
  }

  private <T> T enqueue(Task<T> task) throws SQLException {
    if (isWriter()) {
      // Waiting here for the writer would wait for ourselves.
      throw new IllegalStateException("a write transaction cannot start another one");
    }
    boolean first;
    lock.lock();
    try {
      if (closed) {
        throw new CohesionException("the " + name + " store is closed");
      }
      first = !writing;
      if (first) {
        writing = true;
      } else {
        queue.add(task);
      }
    } finally {
      lock.unlock();
    }
    if (first || task.awaitTurn()) {
      write(task);
    }
    return task.outcome();
  }

  /**
   * Runs {@code first} as the writer, with whatever queued work may share its transaction, then
   * passes the role on. The calling thread holds the role.
   */
  private void write(Task<?> first) {
    writer = Thread.currentThread();
    // An interrupt is the caller's, not the database work's (the driver and the pool may heed it).
    boolean interrupted = Thread.interrupted();
    List<Task<?>> batch = new ArrayList<>();
    batch.add(first);
    Task<?> next = null;
    try {
      if (first.groupable) {
        lock.lock();
        try {
          while (batch.size() < MAX_GROUP && !queue.isEmpty() && queue.peek().groupable) {
            batch.add(queue.poll());
          }
        } finally {
          lock.unlock();
        }
      }
      execute(batch);
    } finally {
      writer = null;
      lock.lock();
      try {
        next = queue.poll();
        if (next == null) {
          writing = false;
          idle.signalAll();
        }
      } finally {
        lock.unlock();
      }
      // The next writer first, since the callers queued behind it wait for it; then, whatever
      // happened, no caller of this transaction is left waiting.
      if (next != null) {
        next.lead();
      }
      for (Task<?> task : batch) {
        task.finish();
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
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
    private static final int WAITING = 0;
    private static final int LEAD = 1;
    private static final int DONE = 2;

    final HandleCallback<T, SQLException> work;
    final boolean groupable;
    private final Thread caller = Thread.currentThread();
    private volatile int state = WAITING;
    // Written by the writer before it sets the state, read by the caller after it has seen it.
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

    /** Hands the writer's role to the caller. */
    void lead() {
      state = LEAD;
      LockSupport.unpark(caller);
    }

    /** Tells the caller its outcome, which is final. */
    void finish() {
      state = DONE;
      if (caller != Thread.currentThread()) {
        LockSupport.unpark(caller);
      }
    }

    /**
     * Waits until the caller is handed the writer's role (true) or told its outcome (false). Not
     * interruptible: the caller must learn whether its work was stored.
     */
    boolean awaitTurn() {
      boolean interrupted = false;
      int now;
      while ((now = state) == WAITING) {
        LockSupport.park(this);
        if (Thread.interrupted()) {
          interrupted = true;
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
      return now == LEAD;
    }

    /** The result, once {@link #finish} has made it final. */
    T outcome() throws SQLException {
      Throwable cause = failure;
      if (cause == null) {
        return result;
      }
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
