//! whisper.cpp's legacy `ggml` model file: writer and reader.
//!
//! Layout, all little endian: `u32` magic `0x67676d6c`; 11 × `i32`
//! hyper-parameters ([`GgmlHparams`]); mel filters (`i32` n_mel, `i32` n_fft,
//! n_mel × n_fft `f32`); vocabulary (`i32` count, then per token `i32` length
//! and the raw bytes); then tensors until the end of the file: `i32` n_dims,
//! `i32` name length, `i32` ggml type, n_dims × `i32` ne (innermost first),
//! the name, the data.

use std::fs::File;
use std::io::{BufReader, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use super::quant::GgmlType;
use super::ConvertError;

/// `GGML_FILE_MAGIC`, "ggml".
pub const GGML_MAGIC: u32 = 0x6767_6d6c;

/// The header's hyper-parameters, in file order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GgmlHparams {
    /// Rows of the token embedding (51865 multilingual, 51864 English-only, 51866 large-v3).
    pub n_vocab: i32,
    /// Encoder positions (1500).
    pub n_audio_ctx: i32,
    /// Encoder width.
    pub n_audio_state: i32,
    /// Encoder attention heads.
    pub n_audio_head: i32,
    /// Encoder blocks.
    pub n_audio_layer: i32,
    /// Decoder positions (448).
    pub n_text_ctx: i32,
    /// Decoder width (whisper.cpp requires it to equal `n_audio_state`).
    pub n_text_state: i32,
    /// Decoder attention heads.
    pub n_text_head: i32,
    /// Decoder blocks.
    pub n_text_layer: i32,
    /// Mel bins (80, or 128 for large-v3).
    pub n_mels: i32,
    /// `ggml_ftype`, plus 1000 × `GGML_QNT_VERSION` (2) for quantized files.
    pub ftype: i32,
}

impl GgmlHparams {
    fn to_array(self) -> [i32; 11] {
        [
            self.n_vocab,
            self.n_audio_ctx,
            self.n_audio_state,
            self.n_audio_head,
            self.n_audio_layer,
            self.n_text_ctx,
            self.n_text_state,
            self.n_text_head,
            self.n_text_layer,
            self.n_mels,
            self.ftype,
        ]
    }

    fn from_array(a: [i32; 11]) -> Self {
        GgmlHparams {
            n_vocab: a[0],
            n_audio_ctx: a[1],
            n_audio_state: a[2],
            n_audio_head: a[3],
            n_audio_layer: a[4],
            n_text_ctx: a[5],
            n_text_state: a[6],
            n_text_head: a[7],
            n_text_layer: a[8],
            n_mels: a[9],
            ftype: a[10],
        }
    }
}

fn to_i32(v: usize, what: &str, name: &str) -> Result<i32, ConvertError> {
    i32::try_from(v).map_err(|_| ConvertError::GgmlTensor {
        name: name.to_owned(),
        detail: format!("{what} {v} does not fit in an i32"),
    })
}

/// Sequential writer of the sections above. Call, in order,
/// [`write_header`](Self::write_header), [`write_mel_filters`](Self::write_mel_filters),
/// [`write_vocab`](Self::write_vocab), then [`write_tensor`](Self::write_tensor) for each tensor.
pub struct GgmlWriter<W: Write> {
    inner: W,
    path: PathBuf,
    bytes: u64,
    tensors: usize,
}

impl<W: Write> GgmlWriter<W> {
    /// Wrap `inner`; `path` is only used in error messages.
    pub fn new(inner: W, path: impl Into<PathBuf>) -> Self {
        GgmlWriter {
            inner,
            path: path.into(),
            bytes: 0,
            tensors: 0,
        }
    }

    fn put(&mut self, b: &[u8]) -> Result<(), ConvertError> {
        self.inner
            .write_all(b)
            .map_err(|e| ConvertError::io("writing", &self.path, e))?;
        self.bytes += b.len() as u64;
        Ok(())
    }

    fn put_i32(&mut self, v: i32) -> Result<(), ConvertError> {
        self.put(&v.to_le_bytes())
    }

    /// Magic and hyper-parameters.
    pub fn write_header(&mut self, hp: &GgmlHparams) -> Result<(), ConvertError> {
        self.put(&GGML_MAGIC.to_le_bytes())?;
        for v in hp.to_array() {
            self.put_i32(v)?;
        }
        Ok(())
    }

    /// Mel filterbank, `n_mel` rows of `n_fft` weights.
    pub fn write_mel_filters(
        &mut self,
        n_mel: usize,
        n_fft: usize,
        data: &[f32],
    ) -> Result<(), ConvertError> {
        if data.len() != n_mel * n_fft {
            return Err(ConvertError::GgmlTensor {
                name: "mel filters".into(),
                detail: format!("{} values for {n_mel} × {n_fft}", data.len()),
            });
        }
        self.put_i32(to_i32(n_mel, "n_mel", "mel filters")?)?;
        self.put_i32(to_i32(n_fft, "n_fft", "mel filters")?)?;
        let bytes: Vec<u8> = data.iter().flat_map(|v| v.to_le_bytes()).collect();
        self.put(&bytes)
    }

    /// Vocabulary: the raw bytes of each token, in id order.
    pub fn write_vocab<T: AsRef<[u8]>>(&mut self, tokens: &[T]) -> Result<(), ConvertError> {
        self.put_i32(to_i32(tokens.len(), "vocabulary size", "vocab")?)?;
        for t in tokens {
            let t = t.as_ref();
            self.put_i32(to_i32(t.len(), "token length", "vocab")?)?;
            self.put(t)?;
        }
        Ok(())
    }

    /// One tensor. `ne` is innermost first (the reverse of the PyTorch shape);
    /// `data` must be exactly the encoded size of `ne` in `ttype`.
    pub fn write_tensor(
        &mut self,
        name: &str,
        ne: &[usize],
        ttype: GgmlType,
        data: &[u8],
    ) -> Result<(), ConvertError> {
        let bad = |detail: String| ConvertError::GgmlTensor {
            name: name.to_owned(),
            detail,
        };
        if ne.is_empty() || ne.len() > 4 {
            return Err(bad(format!("{} dimensions (1 to 4 allowed)", ne.len())));
        }
        if ttype.block_size() > 1 && !ne[0].is_multiple_of(ttype.block_size()) {
            return Err(bad(format!(
                "ne[0] = {} is not a multiple of the {ttype} block size {}",
                ne[0],
                ttype.block_size()
            )));
        }
        let n: usize = ne.iter().product();
        let expected = ttype
            .nbytes(n)
            .ok_or_else(|| bad(format!("{n} elements are not whole {ttype} blocks")))?;
        if data.len() != expected {
            return Err(bad(format!(
                "{} bytes of data, {ttype} {ne:?} needs {expected}",
                data.len()
            )));
        }
        self.put_i32(ne.len() as i32)?;
        self.put_i32(to_i32(name.len(), "name length", name)?)?;
        self.put_i32(ttype.id())?;
        for &d in ne {
            self.put_i32(to_i32(d, "dimension", name)?)?;
        }
        self.put(name.as_bytes())?;
        self.put(data)?;
        self.tensors += 1;
        Ok(())
    }

    /// Bytes written so far.
    pub fn bytes_written(&self) -> u64 {
        self.bytes
    }

    /// Tensors written so far.
    pub fn tensors_written(&self) -> usize {
        self.tensors
    }

    /// The wrapped writer (not flushed).
    pub fn into_inner(self) -> W {
        self.inner
    }
}

/// One tensor's header and where its data lies.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GgmlTensorInfo {
    /// e.g. `encoder.blocks.0.attn.query.weight`.
    pub name: String,
    /// Dimensions, innermost first.
    pub ne: Vec<usize>,
    /// Element type.
    pub ttype: GgmlType,
    /// Absolute file offset of the data.
    pub offset: u64,
    /// Data size in bytes.
    pub nbytes: usize,
}

/// A parsed ggml model file: everything but the tensor data, which is read on demand.
#[derive(Debug)]
pub struct GgmlFile<R = BufReader<File>> {
    /// Hyper-parameters.
    pub hparams: GgmlHparams,
    /// Mel bins of the filterbank.
    pub n_mel: usize,
    /// Frequency bins of the filterbank (201).
    pub n_fft: usize,
    /// `n_mel × n_fft` weights.
    pub mel_filters: Vec<f32>,
    /// Token bytes, in id order.
    pub vocab: Vec<Vec<u8>>,
    /// Tensors, in file order.
    pub tensors: Vec<GgmlTensorInfo>,
    path: PathBuf,
    reader: R,
}

impl GgmlFile<BufReader<File>> {
    /// Open and index a ggml model file.
    pub fn open(path: &Path) -> Result<Self, ConvertError> {
        let f = File::open(path).map_err(|e| ConvertError::io("opening", path, e))?;
        Self::from_reader(BufReader::new(f), path)
    }
}

impl<R: Read + Seek> GgmlFile<R> {
    /// Index a ggml model from any seekable source; `path` is only used in messages.
    pub fn from_reader(mut reader: R, path: impl Into<PathBuf>) -> Result<Self, ConvertError> {
        let path = path.into();
        let io = |e| ConvertError::io("reading", &path, e);
        let bad = |detail: String| ConvertError::GgmlFormat {
            path: path.clone(),
            detail,
        };
        let len = reader.seek(SeekFrom::End(0)).map_err(io)?;
        reader.seek(SeekFrom::Start(0)).map_err(io)?;

        let mut b4 = [0u8; 4];
        reader.read_exact(&mut b4).map_err(io)?;
        if u32::from_le_bytes(b4) != GGML_MAGIC {
            return Err(bad("bad magic".into()));
        }
        let rd = |r: &mut R| -> Result<i32, ConvertError> {
            let mut b = [0u8; 4];
            r.read_exact(&mut b).map_err(io)?;
            Ok(i32::from_le_bytes(b))
        };
        let mut hp = [0i32; 11];
        for v in &mut hp {
            *v = rd(&mut reader)?;
        }
        let hparams = GgmlHparams::from_array(hp);
        let count = |v: i32, what: &str| {
            usize::try_from(v).map_err(|_| bad(format!("negative {what} {v}")))
        };

        let n_mel = count(rd(&mut reader)?, "n_mel")?;
        let n_fft = count(rd(&mut reader)?, "n_fft")?;
        if (n_mel * n_fft * 4) as u64 > len {
            return Err(bad(format!(
                "mel filters {n_mel} × {n_fft} exceed the file"
            )));
        }
        let mut raw = vec![0u8; n_mel * n_fft * 4];
        reader.read_exact(&mut raw).map_err(io)?;
        let mel_filters = GgmlType::F32.decode(&raw);

        let n_vocab = count(rd(&mut reader)?, "vocabulary size")?;
        let mut vocab = Vec::with_capacity(n_vocab.min(1 << 20));
        for _ in 0..n_vocab {
            let l = count(rd(&mut reader)?, "token length")?;
            if l as u64 > len {
                return Err(bad(format!("token length {l} exceeds the file")));
            }
            let mut t = vec![0u8; l];
            reader.read_exact(&mut t).map_err(io)?;
            vocab.push(t);
        }

        let mut tensors = Vec::new();
        loop {
            let pos = reader.stream_position().map_err(io)?;
            if pos == len {
                break;
            }
            let n_dims = count(rd(&mut reader)?, "n_dims")?;
            let name_len = count(rd(&mut reader)?, "name length")?;
            let ttype_id = rd(&mut reader)?;
            let ttype = GgmlType::from_id(ttype_id)
                .ok_or_else(|| bad(format!("tensor at byte {pos}: unknown type {ttype_id}")))?;
            if !(1..=4).contains(&n_dims) || name_len > 4096 {
                return Err(bad(format!(
                    "tensor at byte {pos}: n_dims {n_dims}, name length {name_len}"
                )));
            }
            let mut ne = Vec::with_capacity(n_dims);
            for _ in 0..n_dims {
                ne.push(count(rd(&mut reader)?, "dimension")?);
            }
            let mut name = vec![0u8; name_len];
            reader.read_exact(&mut name).map_err(io)?;
            let name = String::from_utf8(name)
                .map_err(|_| bad(format!("tensor at byte {pos}: name is not UTF-8")))?;
            let n: usize = ne.iter().product();
            let nbytes = ttype.nbytes(n).ok_or_else(|| {
                bad(format!(
                    "tensor `{name}`: {n} elements are not whole {ttype} blocks"
                ))
            })?;
            let offset = reader.stream_position().map_err(io)?;
            if offset + nbytes as u64 > len {
                return Err(bad(format!(
                    "tensor `{name}`: data runs past the end of the file"
                )));
            }
            reader.seek(SeekFrom::Current(nbytes as i64)).map_err(io)?;
            tensors.push(GgmlTensorInfo {
                name,
                ne,
                ttype,
                offset,
                nbytes,
            });
        }

        Ok(GgmlFile {
            hparams,
            n_mel,
            n_fft,
            mel_filters,
            vocab,
            tensors,
            path,
            reader,
        })
    }

    /// A tensor's header by name.
    pub fn tensor(&self, name: &str) -> Option<&GgmlTensorInfo> {
        self.tensors.iter().find(|t| t.name == name)
    }

    /// A tensor's raw data.
    pub fn read_tensor_raw(&mut self, name: &str) -> Result<Vec<u8>, ConvertError> {
        let info = self
            .tensor(name)
            .cloned()
            .ok_or_else(|| ConvertError::GgmlFormat {
                path: self.path.clone(),
                detail: format!("no tensor `{name}`"),
            })?;
        let io = |e| ConvertError::io("reading", &self.path, e);
        self.reader.seek(SeekFrom::Start(info.offset)).map_err(io)?;
        let mut data = vec![0u8; info.nbytes];
        self.reader.read_exact(&mut data).map_err(io)?;
        Ok(data)
    }

    /// A tensor's values as f32 (dequantized if needed).
    pub fn read_tensor_f32(&mut self, name: &str) -> Result<Vec<f32>, ConvertError> {
        let ttype = self.tensor(name).map(|t| t.ttype).unwrap_or(GgmlType::F32);
        Ok(ttype.decode(&self.read_tensor_raw(name)?))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Cursor;

    #[test]
    fn writer_layout_is_byte_exact() {
        let hp = GgmlHparams {
            n_vocab: 10,
            n_audio_ctx: 2,
            n_audio_state: 3,
            n_audio_head: 1,
            n_audio_layer: 1,
            n_text_ctx: 4,
            n_text_state: 3,
            n_text_head: 1,
            n_text_layer: 1,
            n_mels: 1,
            ftype: 1,
        };
        let mut w = GgmlWriter::new(Vec::new(), "mem");
        w.write_header(&hp).unwrap();
        w.write_mel_filters(1, 2, &[0.5, 1.0]).unwrap();
        w.write_vocab(&[b"a".to_vec(), vec![]]).unwrap();
        w.write_tensor("t", &[2, 1], GgmlType::F32, &[0, 0, 128, 63, 0, 0, 0, 64])
            .unwrap();
        assert!(w.write_tensor("bad", &[3], GgmlType::F16, &[0; 4]).is_err());
        assert!(w
            .write_tensor("bad", &[16, 2], GgmlType::Q8_0, &[0; 34])
            .is_err());
        let bytes = w.into_inner();

        let mut expect: Vec<u8> = b"lmgg".to_vec();
        for v in [10, 2, 3, 1, 1, 4, 3, 1, 1, 1, 1i32] {
            expect.extend(v.to_le_bytes());
        }
        expect.extend(1i32.to_le_bytes());
        expect.extend(2i32.to_le_bytes());
        expect.extend(0.5f32.to_le_bytes());
        expect.extend(1.0f32.to_le_bytes());
        expect.extend(2i32.to_le_bytes());
        expect.extend(1i32.to_le_bytes());
        expect.push(b'a');
        expect.extend(0i32.to_le_bytes());
        for v in [2i32, 1, 0, 2, 1] {
            expect.extend(v.to_le_bytes());
        }
        expect.push(b't');
        expect.extend(1.0f32.to_le_bytes());
        expect.extend(2.0f32.to_le_bytes());
        assert_eq!(bytes, expect);

        let mut f = GgmlFile::from_reader(Cursor::new(bytes), "mem").unwrap();
        assert_eq!(f.hparams, hp);
        assert_eq!(f.mel_filters, vec![0.5, 1.0]);
        assert_eq!(f.vocab, vec![b"a".to_vec(), vec![]]);
        assert_eq!(f.tensors.len(), 1);
        assert_eq!(f.tensors[0].ne, vec![2, 1]);
        assert_eq!(f.read_tensor_f32("t").unwrap(), vec![1.0, 2.0]);
    }
}
