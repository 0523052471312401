//! The test HTTP server itself keeps its promises: dropping it closes its port and every
//! connection, even one waiting out a delayed reply, and a hang-up sends no answer.

mod support;

use std::io::{ErrorKind, Read, Write};
use std::net::TcpStream;
use std::time::Duration;

use support::*;

fn post(stream: &mut TcpStream) {
    let body = "<x/>";
    let head = format!(
        "POST /scripts/ttsoapcgi.exe HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/xml\r\nContent-Length: {}\r\n\r\n",
        body.len()
    );
    stream.write_all(head.as_bytes()).unwrap();
    stream.write_all(body.as_bytes()).unwrap();
}

/// Waits until the server has recorded `n` requests (bounded by count, not time).
fn wait_for_requests(server: &TestServer, n: usize) {
    for _ in 0..10_000 {
        if server.requests().len() >= n {
            return;
        }
        std::thread::sleep(Duration::from_millis(1));
    }
    panic!("the server never saw {n} request(s)");
}

/// Reads until what came ends with `end` (or the peer closes).
fn read_until(stream: &mut TcpStream, end: &str) -> String {
    let mut got = Vec::new();
    let mut buf = [0u8; 4096];
    while !got.ends_with(end.as_bytes()) {
        match stream.read(&mut buf).unwrap() {
            0 => break,
            n => got.extend_from_slice(&buf[..n]),
        }
    }
    String::from_utf8_lossy(&got).into_owned()
}

#[test]
fn drop_closes_the_port_and_a_connection_waiting_for_a_delayed_reply() {
    let server = TestServer::start(|_| HttpReply::xml(200, "late").delayed(Duration::from_secs(3600)));
    let addr = server.addr();
    let mut stream = TcpStream::connect(addr).unwrap();
    // A read that ends only if the server closes the connection (or after the timeout).
    stream.set_read_timeout(Some(Duration::from_secs(60))).unwrap();
    post(&mut stream);
    wait_for_requests(&server, 1);
    assert_eq!(server.requests()[0].connection, 1);
    assert_eq!(server.requests()[0].body_text(), "<x/>");
    drop(server);
    let mut answer = Vec::new();
    let read = stream.read_to_end(&mut answer);
    let timed_out = read.is_err_and(|e| matches!(e.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut));
    assert!(!timed_out, "the connection stayed open after the drop");
    assert!(answer.is_empty(), "{}", String::from_utf8_lossy(&answer));
    assert!(TcpStream::connect(addr).is_err(), "the port still accepts connections");
}

#[test]
fn a_hang_up_reads_the_request_and_closes_without_an_answer() {
    let server = TestServer::start(|_| HttpReply::hang_up());
    let mut stream = TcpStream::connect(server.addr()).unwrap();
    stream.set_read_timeout(Some(Duration::from_secs(60))).unwrap();
    post(&mut stream);
    let mut answer = Vec::new();
    let _ = stream.read_to_end(&mut answer);
    assert!(answer.is_empty(), "{}", String::from_utf8_lossy(&answer));
    assert_eq!(server.requests().len(), 1);
    assert_eq!(server.accepts(), 1);
}

#[test]
fn keep_alive_requests_share_a_connection_index() {
    let server = TestServer::start(|r| HttpReply::xml(200, format!("seen on {}", r.connection)));
    let mut first = TcpStream::connect(server.addr()).unwrap();
    first.set_read_timeout(Some(Duration::from_secs(60))).unwrap();
    for _ in 0..2 {
        post(&mut first);
        let text = read_until(&mut first, "seen on 1");
        assert!(text.starts_with("HTTP/1.1 200"), "{text}");
    }
    let mut second = TcpStream::connect(server.addr()).unwrap();
    post(&mut second);
    wait_for_requests(&server, 3);
    let connections: Vec<usize> = server.requests().iter().map(|r| r.connection).collect();
    assert_eq!(connections, [1, 1, 2]);
}
