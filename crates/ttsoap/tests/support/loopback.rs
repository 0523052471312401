//! A loopback server thread: a listener on 127.0.0.1, a small tokio runtime of its own that
//! runs one task per accepted connection, and a stop (on drop) that closes every connection
//! and joins the thread. The test HTTP server and the fronts are built on it.

use std::future::Future;
use std::net::{SocketAddr, TcpListener};
use std::thread::JoinHandle;

use tokio::net::TcpStream;
use tokio::sync::oneshot;

/// A running listener; dropping it stops it.
pub struct Loopback {
    addr: SocketAddr,
    stop: Option<oneshot::Sender<()>>,
    thread: Option<JoinHandle<()>>,
}

impl Loopback {
    /// Listens on 127.0.0.1:`port` (0 for any free port) and runs `on_connection` as a task for
    /// each accepted connection.
    pub fn start<F, Fut>(port: u16, on_connection: F) -> Loopback
    where
        F: Fn(TcpStream) -> Fut + Send + 'static,
        Fut: Future<Output = ()> + Send + 'static,
    {
        let listener = TcpListener::bind(("127.0.0.1", port)).expect("bind 127.0.0.1");
        let addr = listener.local_addr().expect("local addr");
        listener.set_nonblocking(true).expect("non-blocking listener");
        let runtime =
            tokio::runtime::Builder::new_current_thread().enable_all().build().expect("a tokio runtime for the server");
        let listener = {
            let _in_runtime = runtime.enter();
            tokio::net::TcpListener::from_std(listener).expect("a tokio listener")
        };
        let (stop, mut stopped) = oneshot::channel::<()>();
        let thread = std::thread::spawn(move || {
            runtime.block_on(async move {
                loop {
                    let accepted = tokio::select! {
                        _ = &mut stopped => return,
                        a = listener.accept() => a,
                    };
                    if let Ok((stream, _)) = accepted {
                        tokio::spawn(on_connection(stream));
                    }
                }
            });
            // Dropping the runtime outside an async context cancels the connection tasks
            // (closing their sockets) and waits for blocking calls under way.
            drop(runtime);
        });
        Loopback { addr, stop: Some(stop), thread: Some(thread) }
    }

    /// The bound address.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }
}

impl Drop for Loopback {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}
