//! The preview's connections: where it listens, how many clients it answers at once and
//! how long each may take. A fixed pool of threads answers requests, one connection at a
//! time each, and every connection has a read and a write deadline: a client has
//! [`PATIENCE`] to send its request and as long for each [`CHUNK`] of the answer, so one
//! that stops reading (or never finishes its request) loses its thread after that and
//! cannot keep the preview from answering others. Event streams, which stay open as long
//! as a tab does, get threads of their own, at most [`MAX_STREAMS`].
//!
//! The protocol is the part of HTTP/1.1 a preview needs: `GET` and `HEAD`, one request
//! per connection (`Connection: close`), the length of every answer known in advance.

use std::io::{self, Read, Write};
use std::net::{IpAddr, Ipv4Addr, Shutdown, SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{Receiver, SyncSender, sync_channel};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use anyhow::{Result, anyhow, bail};

use crate::messages::{Lang, Msg};
use crate::scaffold::said;

use super::State;
use super::http::{self, Answer, Response};

/// Threads answering requests. A browser opens at most six connections to a host, so
/// this serves several tabs and devices at once with room to spare for clients that
/// stall until their timeouts.
const WORKERS: usize = 32;
/// How long a client may take to send its request, and to take each [`CHUNK`] of the answer.
const PATIENCE: Duration = Duration::from_secs(10);
/// The part of an answer a client must take within [`PATIENCE`]: 25 KB a second at the
/// least, which any network does. (The system's own write timeout restarts whenever a
/// few bytes go out, so it alone would let a client that barely reads keep a thread.)
const CHUNK: usize = 256 * 1024;
/// Open event streams (one per tab) at most.
const MAX_STREAMS: usize = 64;
/// The longest request head (request line and headers) read.
const MAX_HEAD: usize = 16 * 1024;

/// A request as the preview reads it: only the method and the address matter.
pub struct Request {
    pub method: String,
    pub target: String,
}

/// The address to listen on: an IP address (`127.0.0.1`, `::1`, `[::1]`, `0.0.0.0`) or
/// `localhost`. Its error is said in `lang`.
pub fn address(bind: &str, port: u16, lang: Lang) -> Result<SocketAddr> {
    let host = bind
        .strip_prefix('[')
        .and_then(|h| h.strip_suffix(']'))
        .unwrap_or(bind);
    if host.eq_ignore_ascii_case("localhost") {
        return Ok(SocketAddr::new(Ipv4Addr::LOCALHOST.into(), port));
    }
    match host.parse::<IpAddr>() {
        Ok(ip) => Ok(SocketAddr::new(ip, port)),
        Err(_) => Err(anyhow!(said(
            &Msg::new("serve-bad-address").arg("bind", bind),
            lang
        ))),
    }
}

/// True for an address only this computer can reach (127.0.0.0/8, `::1`).
pub fn is_loopback(addr: &SocketAddr) -> bool {
    addr.ip().to_canonical().is_loopback()
}

/// Opens the listening socket, with the fix in the error (said in `lang`) when it
/// cannot be opened.
pub fn listen(addr: SocketAddr, lang: Lang) -> Result<TcpListener> {
    TcpListener::bind(addr).map_err(|e| {
        let port = addr.port();
        let id = match e.kind() {
            io::ErrorKind::AddrInUse => "serve-port-in-use",
            io::ErrorKind::PermissionDenied => "serve-port-denied",
            io::ErrorKind::AddrNotAvailable => "serve-address-not-here",
            _ => "serve-cannot-listen",
        };
        let msg = Msg::new(id)
            .arg("addr", addr.to_string())
            .arg("port", port.to_string())
            .arg("next", port.saturating_add(1).to_string())
            .arg("error", e.to_string());
        anyhow!(said(&msg, lang))
    })
}

/// Answers every connection to `listener` from now on, on threads of their own.
pub fn answer_all(listener: TcpListener, state: Arc<State>) -> Result<()> {
    let (queue, accepted) = sync_channel::<TcpStream>(WORKERS);
    let accepted = Arc::new(Mutex::new(accepted));
    let streams = Arc::new(AtomicUsize::new(0));
    for n in 0..WORKERS {
        let accepted = Arc::clone(&accepted);
        let state = Arc::clone(&state);
        let streams = Arc::clone(&streams);
        spawn(format!("outreach-http-{n}"), state.lang, move || {
            while let Some(stream) = next(&accepted) {
                answer_connection(stream, &state, &streams);
            }
        })?;
    }
    spawn("outreach-accept".to_string(), state.lang, move || {
        accept_all(&listener, &queue)
    })?;
    Ok(())
}

fn spawn(name: String, lang: Lang, work: impl FnOnce() + Send + 'static) -> Result<()> {
    match std::thread::Builder::new().name(name).spawn(work) {
        Ok(_) => Ok(()),
        Err(e) => bail!(said(
            &Msg::new("serve-no-threads").arg("error", e.to_string()),
            lang
        )),
    }
}

/// The next accepted connection, or `None` once the preview stops accepting.
fn next(accepted: &Mutex<Receiver<TcpStream>>) -> Option<TcpStream> {
    accepted.lock().ok()?.recv().ok()
}

/// Hands each new connection to the pool. When every thread is busy and the queue is
/// full this waits, and new clients wait in the system's queue of connections.
fn accept_all(listener: &TcpListener, queue: &SyncSender<TcpStream>) {
    for connection in listener.incoming() {
        match connection {
            Ok(stream) => {
                if queue.send(stream).is_err() {
                    return;
                }
            }
            // Out of file descriptors, or a client that left before it was accepted:
            // a moment's pause, so a lasting error does not spin.
            Err(_) => std::thread::sleep(Duration::from_millis(50)),
        }
    }
}

fn answer_connection(mut stream: TcpStream, state: &Arc<State>, streams: &Arc<AtomicUsize>) {
    if stream.set_write_timeout(Some(PATIENCE)).is_err() {
        return;
    }
    // Small writes (a response head, an event) go out at once.
    let _ = stream.set_nodelay(true);
    let request = match read_request(&mut stream, state.lang) {
        Ok(request) => request,
        Err(Unread::Refused(response)) => {
            let _ = send(&mut stream, &response, false);
            return;
        }
        Err(Unread::Gone) => return,
    };
    match http::answer(&request, state) {
        Answer::Page(response) => {
            let _ = send(&mut stream, &response, request.method == "HEAD");
        }
        Answer::Events => start_stream(stream, state, streams),
    }
}

/// Why no request was read.
enum Unread {
    /// A request the preview does not answer, and what to tell the client.
    Refused(Response),
    /// The client left or the connection broke: nothing to answer.
    Gone,
}

/// Reads the request head, all of it (unread bytes would reset the connection when it
/// closes, cutting the answer short), within [`PATIENCE`] in all.
fn read_request(stream: &mut TcpStream, lang: Lang) -> Result<Request, Unread> {
    let deadline = Instant::now() + PATIENCE;
    let mut head = Vec::with_capacity(1024);
    let mut buf = [0u8; 4096];
    let end = loop {
        if let Some(end) = head_end(&head) {
            break end;
        }
        if head.len() > MAX_HEAD {
            return Err(refuse(431, "headers-too-long", lang));
        }
        let left = deadline
            .checked_duration_since(Instant::now())
            .filter(|d| !d.is_zero());
        let Some(left) = left else {
            return Err(refuse(408, "too-slow", lang));
        };
        stream
            .set_read_timeout(Some(left))
            .map_err(|_| Unread::Gone)?;
        match stream.read(&mut buf) {
            Ok(0) => return Err(Unread::Gone),
            Ok(n) => head.extend_from_slice(&buf[..n]),
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e)
                if matches!(
                    e.kind(),
                    io::ErrorKind::WouldBlock | io::ErrorKind::TimedOut
                ) =>
            {
                return Err(refuse(408, "too-slow", lang));
            }
            Err(_) => return Err(Unread::Gone),
        }
    };
    parse_request_line(&head[..end], lang)
}

/// Where the head ends (after its blank line), if it has.
fn head_end(bytes: &[u8]) -> Option<usize> {
    let crlf = bytes
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .map(|i| i + 4);
    let lf = bytes.windows(2).position(|w| w == b"\n\n").map(|i| i + 2);
    crlf.into_iter().chain(lf).min()
}

fn parse_request_line(head: &[u8], lang: Lang) -> Result<Request, Unread> {
    let bad = || refuse(400, "not-http", lang);
    let line = head.split(|&b| b == b'\n').next().unwrap_or_default();
    let line = std::str::from_utf8(line).map_err(|_| bad())?.trim_end();
    let parts: Vec<&str> = line.split(' ').collect();
    let [method, target, version] = parts[..] else {
        return Err(bad());
    };
    if !version.starts_with("HTTP/1.") {
        return Err(bad());
    }
    if method != "GET" && method != "HEAD" {
        let mut response = http::said_response(405, "not-get", "", lang);
        response.headers.push(("Allow", "GET, HEAD".to_string()));
        return Err(Unread::Refused(response));
    }
    Ok(Request {
        method: method.to_string(),
        target: target.to_string(),
    })
}

fn refuse(status: u16, case: &str, lang: Lang) -> Unread {
    Unread::Refused(http::said_response(status, case, "", lang))
}

/// Writes `response` (without its body for a `HEAD` request) and ends the connection.
fn send(stream: &mut TcpStream, response: &Response, head_only: bool) -> io::Result<()> {
    let mut head = format!(
        "HTTP/1.1 {} {}\r\n",
        response.status,
        reason(response.status)
    );
    for (name, value) in &response.headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str(&format!(
        "Content-Length: {}\r\nConnection: close\r\n\r\n",
        response.body.len()
    ));
    write_in_time(stream, head.as_bytes())?;
    if !head_only {
        write_in_time(stream, &response.body)?;
    }
    stream.shutdown(Shutdown::Write)
}

/// Writes `bytes`, each [`CHUNK`] within [`PATIENCE`]; a timeout error otherwise.
fn write_in_time(stream: &mut TcpStream, bytes: &[u8]) -> io::Result<()> {
    for chunk in bytes.chunks(CHUNK) {
        let deadline = Instant::now() + PATIENCE;
        let mut rest = chunk;
        while !rest.is_empty() {
            let left = deadline
                .checked_duration_since(Instant::now())
                .filter(|d| !d.is_zero())
                .ok_or(io::ErrorKind::TimedOut)?;
            stream.set_write_timeout(Some(left))?;
            match stream.write(rest) {
                Ok(0) => return Err(io::ErrorKind::WriteZero.into()),
                Ok(n) => rest = &rest[n..],
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
    }
    Ok(())
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        302 => "Found",
        400 => "Bad Request",
        404 => "Not Found",
        405 => "Method Not Allowed",
        408 => "Request Timeout",
        431 => "Request Header Fields Too Large",
        500 => "Internal Server Error",
        503 => "Service Unavailable",
        _ => "",
    }
}

/// Gives an event stream a thread of its own, if fewer than [`MAX_STREAMS`] are open.
fn start_stream(mut stream: TcpStream, state: &Arc<State>, streams: &Arc<AtomicUsize>) {
    let slot = StreamSlot::take(streams);
    let Some(slot) = slot else {
        let response = http::said_response(503, "too-many-tabs", "", state.lang);
        let _ = send(&mut stream, &response, false);
        return;
    };
    let state = Arc::clone(state);
    // If the thread cannot start, the stream and its slot are dropped: the tab retries.
    let _ = spawn("outreach-events".to_string(), state.lang, move || {
        let _slot = slot;
        http::stream_events(stream, &state);
    });
}

/// One of the [`MAX_STREAMS`] open event streams, given back when dropped.
struct StreamSlot(Arc<AtomicUsize>);

impl StreamSlot {
    fn take(open: &Arc<AtomicUsize>) -> Option<StreamSlot> {
        let taken = open.fetch_update(Ordering::AcqRel, Ordering::Acquire, |n| {
            (n < MAX_STREAMS).then_some(n + 1)
        });
        taken.ok().map(|_| StreamSlot(Arc::clone(open)))
    }
}

impl Drop for StreamSlot {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::AcqRel);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loopback_addresses_are_told_from_public_ones() {
        for private in [
            "127.0.0.1",
            "127.3.2.1",
            "::1",
            "[::1]",
            "localhost",
            "LOCALHOST",
        ] {
            let addr = address(private, 1111, Lang::En).expect(private);
            assert!(is_loopback(&addr), "{private}");
        }
        for public in [
            "0.0.0.0",
            "::",
            "192.168.1.20",
            "10.0.0.1",
            "::ffff:8.8.8.8",
        ] {
            let addr = address(public, 1111, Lang::En).expect(public);
            assert!(!is_loopback(&addr), "{public}");
        }
        // An IPv4 loopback address written as IPv6 is still only this computer.
        assert!(is_loopback(
            &address("::ffff:127.0.0.1", 1, Lang::En).expect("mapped")
        ));
    }

    #[test]
    fn a_host_name_is_refused_with_the_addresses_to_use() {
        let e = address("example.org", 1111, Lang::En).expect_err("a name");
        assert!(
            e.to_string()
                .contains("`example.org` is not an address to listen on")
        );
        assert!(e.to_string().contains("help: give an IP address"));
    }

    #[test]
    fn the_request_line_gives_method_and_address() {
        let r = parse_request_line(b"GET /dau-tu/?x=1 HTTP/1.1\r\nHost: a\r\n\r\n", Lang::En)
            .ok()
            .expect("a request");
        assert_eq!(
            (r.method.as_str(), r.target.as_str()),
            ("GET", "/dau-tu/?x=1")
        );
        for (bad, status) in [
            (&b"GET /\r\n\r\n"[..], 400),
            (b"GET / SPDY/3\r\n\r\n", 400),
            (b"GET  / HTTP/1.1\r\n\r\n", 400),
            (b"\xff / HTTP/1.1\r\n\r\n", 400),
            (b"POST / HTTP/1.1\r\n\r\n", 405),
            (b"DELETE /index.html HTTP/1.1\r\n\r\n", 405),
        ] {
            match parse_request_line(bad, Lang::En) {
                Err(Unread::Refused(r)) => assert_eq!(r.status, status, "{bad:?}"),
                _ => panic!("{bad:?} was not refused"),
            }
        }
    }

    #[test]
    fn the_head_ends_at_its_blank_line() {
        assert_eq!(head_end(b"GET / HTTP/1.1\r\nHost: a\r\n\r\nbody"), Some(27));
        assert_eq!(head_end(b"GET / HTTP/1.0\n\n"), Some(16));
        assert_eq!(head_end(b"GET / HTTP/1.1\r\nHost: a\r\n"), None);
    }
}
