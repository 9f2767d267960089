//! A real `redis-server` for the tests: started on a free loopback port
//! with no persistence, stopped when dropped. A test that needs Redis and
//! cannot start it fails with a message saying why; it never skips.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// A `redis-server` child process on `127.0.0.1`.
#[derive(Debug)]
pub(crate) struct RedisServer {
    port: u16,
    child: Option<Child>,
}

impl RedisServer {
    /// Starts a server on a free port and waits until it answers PING.
    pub(crate) fn start() -> Self {
        let port = TcpListener::bind("127.0.0.1:0").expect("a free loopback port").local_addr().expect("addr").port();
        let mut server = Self { port, child: None };
        server.restart();
        server
    }

    /// `redis://127.0.0.1:<port>/`.
    pub(crate) fn url(&self) -> String {
        format!("redis://127.0.0.1:{}/", self.port)
    }

    /// Kills the server (SIGKILL): clients see the connection drop.
    pub(crate) fn kill(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    /// Starts the server again on the same port, empty.
    pub(crate) fn restart(&mut self) {
        self.kill();
        let child = Command::new("redis-server")
            .args(["--port", &self.port.to_string(), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"])
            .args(["--protected-mode", "no", "--enable-debug-command", "yes", "--loglevel", "warning"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|err| {
                panic!(
                    "this test needs Redis, and `redis-server` could not be started ({err}). \
                     Install it (`apt-get install -y redis-server`) or run `scripts/test`, which does."
                )
            });
        self.child = Some(child);
        let started = Instant::now();
        loop {
            if let Ok(reply) = self.try_command(&["PING"]) {
                if reply == "+PONG" {
                    return;
                }
            }
            if started.elapsed() > Duration::from_secs(10) {
                panic!("redis-server on port {} did not answer PING within 10 s", self.port);
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Sends one command and returns its reply: a status, error or integer
    /// line as it is (`+OK`, `:1`), a bulk string's text.
    pub(crate) fn command(&self, args: &[&str]) -> String {
        self.try_command(args).expect("a reply from redis-server")
    }

    fn try_command(&self, args: &[&str]) -> std::io::Result<String> {
        let mut stream = TcpStream::connect(("127.0.0.1", self.port))?;
        stream.set_read_timeout(Some(Duration::from_secs(10)))?;
        stream.write_all(&encode(args))?;
        let mut reader = BufReader::new(&mut stream);
        let mut line = String::new();
        reader.read_line(&mut line)?;
        if line.starts_with('$') && !line.starts_with("$-1") {
            line.clear();
            reader.read_line(&mut line)?;
        }
        Ok(line.trim_end().to_owned())
    }

    /// Makes the server unresponsive for `seconds` (`DEBUG SLEEP`), from a
    /// thread of its own; returns at once.
    pub(crate) fn stall(&self, seconds: f64) -> std::thread::JoinHandle<()> {
        let port = self.port;
        let command = encode(&["DEBUG", "SLEEP", &seconds.to_string()]);
        let handle = std::thread::spawn(move || {
            let mut stream = TcpStream::connect(("127.0.0.1", port)).expect("connect for DEBUG SLEEP");
            stream.write_all(&command).expect("send DEBUG SLEEP");
            let mut reply = [0u8; 5];
            let _ = stream.read(&mut reply);
        });
        // Let the server read the command before the caller goes on.
        std::thread::sleep(Duration::from_millis(50));
        handle
    }
}

fn encode(args: &[&str]) -> Vec<u8> {
    let mut out = format!("*{}\r\n", args.len()).into_bytes();
    for arg in args {
        out.extend_from_slice(format!("${}\r\n{arg}\r\n", arg.len()).as_bytes());
    }
    out
}

impl Drop for RedisServer {
    fn drop(&mut self) {
        self.kill();
    }
}
