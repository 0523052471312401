// Runs Apache Axis's SimpleAxisServer for the tests: bound to 127.0.0.1 on a port the system
// picks, with the services deployed in ./server-config.wsdd. Prints "listening on PORT" when
// it accepts connections and exits when its standard input closes (the test ended).
package peer;

import java.net.InetAddress;
import java.net.ServerSocket;

import org.apache.axis.configuration.FileProvider;
import org.apache.axis.transport.http.SimpleAxisServer;

public class JiraServer {
    public static void main(String[] args) throws Exception {
        ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        SimpleAxisServer server = new SimpleAxisServer();
        server.setMyConfig(new FileProvider("server-config.wsdd"));
        server.setServerSocket(socket);
        server.start(true);
        System.out.println("listening on " + socket.getLocalPort());
        System.out.flush();
        while (System.in.read() != -1) {
            // Wait for the test to close our standard input.
        }
        server.stop();
        System.exit(0);
    }
}
