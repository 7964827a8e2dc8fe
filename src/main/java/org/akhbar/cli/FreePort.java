package org.akhbar.cli;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** A port that another process listens on is a usage error named plainly, not Jetty's stack of IOExceptions. */
final class FreePort {
    private FreePort() {}

    /**
     * Refuses a taken port before {@code serve} spends minutes loading. A bind-and-release is
     * the only portable test of a port; Jetty binds again right after, and a port taken in
     * between is caught there ({@link #isBindFailure}).
     */
    static void require(CommandSpec spec, String host, int port) {
        if (port == 0) return;
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new java.net.InetSocketAddress(InetAddress.getByName(host.replaceAll("^\\[|\\]$", "")), port));
        } catch (BindException e) {
            throw taken(spec, host, port);
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "cannot listen on " + host + ":" + port + ": " + e.getMessage());
        }
    }

    static ParameterException taken(CommandSpec spec, String host, int port) {
        return new ParameterException(spec.commandLine(), "port " + port + " on " + host + " is already in use "
                + "(another `akhbar serve`?). Stop that process, or pick another port: --port " + (port + 1)
                + " (or --port 0 for any free one).");
    }

    static boolean isBindFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException) return true;
            if (t.getMessage() != null && t.getMessage().startsWith("Failed to bind")) return true;
        }
        return false;
    }
}
