//! An order-sensitive checksum of byte sequences, the same however the
//! bytes are split into chunks: servers checksum what they receive, tests
//! checksum what they sent, and gigabytes compare in constant memory.

use std::io;
use std::path::Path;

/// Length and checksum of a byte sequence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Sum {
    /// How many bytes.
    pub len: u64,
    /// The checksum of those bytes.
    pub hash: u64,
}

/// A running [`Sum`]: FNV-style mixing of little-endian 64-bit words.
///
/// ```
/// let mut digest = tests::checksum::Digest::new();
/// digest.update(b"hello ");
/// digest.update(b"world");
/// assert_eq!(digest.sum(), tests::checksum::sum_of(b"hello world"));
/// ```
#[derive(Debug, Clone)]
pub struct Digest {
    len: u64,
    state: u64,
    tail: [u8; 8],
    ntail: usize,
}

const PRIME: u64 = 0x0000_0100_0000_01b3;

impl Default for Digest {
    fn default() -> Self {
        Self { len: 0, state: 0xcbf2_9ce4_8422_2325, tail: [0; 8], ntail: 0 }
    }
}

impl Digest {
    /// An empty digest.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds bytes.
    pub fn update(&mut self, mut data: &[u8]) {
        self.len += data.len() as u64;
        if self.ntail > 0 {
            let take = (8 - self.ntail).min(data.len());
            self.tail[self.ntail..self.ntail + take].copy_from_slice(&data[..take]);
            self.ntail += take;
            data = &data[take..];
            if self.ntail < 8 {
                return;
            }
            let word = u64::from_le_bytes(self.tail);
            self.mix(word);
            self.ntail = 0;
        }
        let mut words = data.chunks_exact(8);
        for word in &mut words {
            let mut bytes = [0; 8];
            bytes.copy_from_slice(word);
            self.mix(u64::from_le_bytes(bytes));
        }
        let rest = words.remainder();
        self.tail[..rest.len()].copy_from_slice(rest);
        self.ntail = rest.len();
    }

    fn mix(&mut self, word: u64) {
        self.state = (self.state ^ word).wrapping_mul(PRIME).rotate_left(29);
    }

    /// The sum of every byte added so far.
    pub fn sum(&self) -> Sum {
        let mut hash = self.state;
        for byte in &self.tail[..self.ntail] {
            hash = (hash ^ u64::from(*byte)).wrapping_mul(PRIME);
        }
        Sum { len: self.len, hash: hash ^ self.len }
    }
}

impl io::Write for Digest {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.update(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// The [`Sum`] of `bytes`.
pub fn sum_of(bytes: &[u8]) -> Sum {
    let mut digest = Digest::new();
    digest.update(bytes);
    digest.sum()
}

/// The [`Sum`] of a file, read in 1 MiB pieces.
///
/// # Panics
///
/// If the file cannot be read.
pub fn file_sum(path: &Path) -> Sum {
    use std::io::Read as _;
    let mut file = std::fs::File::open(path).expect("open the file to checksum");
    let mut buf = vec![0; 1 << 20];
    let mut digest = Digest::new();
    loop {
        let n = file.read(&mut buf).expect("read the file to checksum");
        if n == 0 {
            return digest.sum();
        }
        digest.update(&buf[..n]);
    }
}
