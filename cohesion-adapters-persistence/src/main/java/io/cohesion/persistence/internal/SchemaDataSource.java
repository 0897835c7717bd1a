package io.cohesion.persistence.internal;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Another application's data source whose connections the store uses in its own schema: each
 * connection is switched to the schema when the store borrows it, and back to the schema it had
 * when the store hands it back, so the application's pool gets its connections as they were. The
 * store's SQL names its tables without a schema. Not API.
 */
public final class SchemaDataSource implements DataSource {
  private final DataSource delegate;
  private final String schema;

  public SchemaDataSource(DataSource delegate, String schema) {
    this.delegate = delegate;
    this.schema = schema;
  }

  @Override
  public Connection getConnection() throws SQLException {
    return bound(delegate.getConnection());
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return bound(delegate.getConnection(username, password));
  }

  private Connection bound(Connection connection) throws SQLException {
    String previous;
    try {
      previous = connection.getSchema();
      connection.setSchema(schema);
    } catch (SQLException | RuntimeException e) {
      connection.close();
      throw e;
    }
    InvocationHandler handler = new Restoring(connection, previous);
    return (Connection)
        Proxy.newProxyInstance(
            Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, handler);
  }

  /** Passes every call on, and sets the schema back before the connection is closed. */
  private static final class Restoring implements InvocationHandler {
    private final Connection connection;
    private final String previous;

    Restoring(Connection connection, String previous) {
      this.connection = connection;
      this.previous = previous;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      if (method.getName().equals("close") && method.getParameterCount() == 0) {
        try (connection) {
          if (!connection.isClosed() && previous != null) {
            connection.setSchema(previous);
          }
        }
        return null;
      }
      try {
        return method.invoke(connection, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    }
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return delegate.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    delegate.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    delegate.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return delegate.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    return delegate.getParentLogger();
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    return delegate.unwrap(type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) throws SQLException {
    return delegate.isWrapperFor(type);
  }
}
