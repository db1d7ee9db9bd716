//! Reader for CTranslate2 `model.bin` files (binary version 6).
//!
//! Layout, all little endian: `u32` version, spec name (string), `u32`
//! revision, `u32` variable count, then per variable: name (string), `u8`
//! rank, `rank` × `u32` dims, `u8` dtype, `u32` byte count, raw data; then
//! `u32` alias count and (alias, target) string pairs. A string is a `u16`
//! length that counts a trailing NUL, the bytes, the NUL.
//!
//! [`Ct2Model::open`] reads only the index (names, shapes, dtypes, offsets);
//! variable data is read on demand, one variable at a time.

use std::collections::HashMap;
use std::fs::File;
use std::io::{BufReader, Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};

use half::{bf16, f16};

use super::ConvertError;

/// The only `model.bin` layout version this reader knows.
pub const CT2_BINARY_VERSION: u32 = 6;

/// Element type of a CTranslate2 variable, with its on-disk id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ct2DType {
    /// id 0
    F32,
    /// id 1
    I8,
    /// id 2
    I16,
    /// id 3
    I32,
    /// id 4
    F16,
    /// id 5
    BF16,
}

impl Ct2DType {
    /// From the on-disk id.
    pub fn from_id(id: u8) -> Option<Self> {
        Some(match id {
            0 => Ct2DType::F32,
            1 => Ct2DType::I8,
            2 => Ct2DType::I16,
            3 => Ct2DType::I32,
            4 => Ct2DType::F16,
            5 => Ct2DType::BF16,
            _ => return None,
        })
    }

    /// The on-disk id.
    pub fn id(self) -> u8 {
        match self {
            Ct2DType::F32 => 0,
            Ct2DType::I8 => 1,
            Ct2DType::I16 => 2,
            Ct2DType::I32 => 3,
            Ct2DType::F16 => 4,
            Ct2DType::BF16 => 5,
        }
    }

    /// Bytes per element.
    pub fn size(self) -> usize {
        match self {
            Ct2DType::I8 => 1,
            Ct2DType::I16 | Ct2DType::F16 | Ct2DType::BF16 => 2,
            Ct2DType::F32 | Ct2DType::I32 => 4,
        }
    }

    /// Whether this is a floating-point type.
    pub fn is_float(self) -> bool {
        matches!(self, Ct2DType::F32 | Ct2DType::F16 | Ct2DType::BF16)
    }
}

impl std::fmt::Display for Ct2DType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Ct2DType::F32 => "float32",
            Ct2DType::I8 => "int8",
            Ct2DType::I16 => "int16",
            Ct2DType::I32 => "int32",
            Ct2DType::F16 => "float16",
            Ct2DType::BF16 => "bfloat16",
        })
    }
}

/// One variable of the index: where its data lies in the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ct2Variable {
    /// Slash-separated name, e.g. `encoder/layer_0/self_attention/linear_0/weight`.
    pub name: String,
    /// Dimensions, outermost first (PyTorch order); empty for scalars.
    pub shape: Vec<usize>,
    /// Element type.
    pub dtype: Ct2DType,
    /// Absolute file offset of the data.
    pub offset: u64,
    /// Data size in bytes (`numel × dtype.size()`, checked on open).
    pub nbytes: usize,
}

impl Ct2Variable {
    /// Number of elements (1 for scalars).
    pub fn numel(&self) -> usize {
        self.shape.iter().product()
    }
}

/// An opened CTranslate2 model: the index, and a reader for the data.
#[derive(Debug)]
pub struct Ct2Model<R = BufReader<File>> {
    path: PathBuf,
    spec_name: String,
    spec_revision: u32,
    variables: Vec<Ct2Variable>,
    by_name: HashMap<String, usize>,
    aliases: Vec<(String, String)>,
    reader: R,
}

impl Ct2Model<BufReader<File>> {
    /// Open `model.bin` and read its index.
    pub fn open(path: &Path) -> Result<Self, ConvertError> {
        let file = File::open(path).map_err(|e| ConvertError::io("opening", path, e))?;
        Self::from_reader(BufReader::new(file), path)
    }
}

impl<R> Ct2Model<R> {
    /// The file this model was read from (as given).
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Spec name, e.g. `WhisperSpec`.
    pub fn spec_name(&self) -> &str {
        &self.spec_name
    }

    /// Spec revision.
    pub fn spec_revision(&self) -> u32 {
        self.spec_revision
    }

    /// All variables, in file order.
    pub fn variables(&self) -> &[Ct2Variable] {
        &self.variables
    }

    /// `(alias, target)` pairs.
    pub fn aliases(&self) -> &[(String, String)] {
        &self.aliases
    }

    /// Look a variable up by name, following aliases.
    pub fn get(&self, name: &str) -> Option<&Ct2Variable> {
        let name = self
            .aliases
            .iter()
            .find(|(a, _)| a == name)
            .map_or(name, |(_, t)| t.as_str());
        self.by_name.get(name).map(|&i| &self.variables[i])
    }

    /// Like [`Ct2Model::get`], but a missing variable is an error.
    pub fn variable(&self, name: &str) -> Result<&Ct2Variable, ConvertError> {
        self.get(name).ok_or_else(|| ConvertError::MissingVariable {
            path: self.path.clone(),
            name: name.to_owned(),
        })
    }
}

impl<R: Read + Seek> Ct2Model<R> {
    /// Read the index from any seekable source; `path` is only used in messages.
    pub fn from_reader(mut reader: R, path: impl Into<PathBuf>) -> Result<Self, ConvertError> {
        let path = path.into();
        let io = |e| ConvertError::io("reading", &path, e);
        let bad = |detail: String| ConvertError::Ct2Format {
            path: path.clone(),
            detail,
        };

        let file_len = reader.seek(SeekFrom::End(0)).map_err(io)?;
        reader.seek(SeekFrom::Start(0)).map_err(io)?;

        let version = read_u32(&mut reader).map_err(io)?;
        if version != CT2_BINARY_VERSION {
            return Err(ConvertError::Unsupported {
                path: path.clone(),
                detail: format!(
                    "CTranslate2 binary version {version} (only version {CT2_BINARY_VERSION} is supported)"
                ),
            });
        }
        let spec_name = read_string(&mut reader, &path, "spec name")?;
        let spec_revision = read_u32(&mut reader).map_err(io)?;
        let count = read_u32(&mut reader).map_err(io)?;

        let mut variables = Vec::with_capacity(count.min(1 << 16) as usize);
        let mut by_name = HashMap::new();
        for i in 0..count {
            let name = read_string(&mut reader, &path, &format!("name of variable #{i}"))?;
            let rank = read_u8(&mut reader).map_err(io)?;
            let mut shape = Vec::with_capacity(usize::from(rank));
            for _ in 0..rank {
                shape.push(read_u32(&mut reader).map_err(io)? as usize);
            }
            let dtype_id = read_u8(&mut reader).map_err(io)?;
            let dtype = Ct2DType::from_id(dtype_id)
                .ok_or_else(|| bad(format!("variable `{name}`: unknown dtype id {dtype_id}")))?;
            let nbytes = read_u32(&mut reader).map_err(io)? as usize;
            let numel: usize = shape.iter().product();
            if numel.checked_mul(dtype.size()) != Some(nbytes) {
                return Err(bad(format!(
                    "variable `{name}`: {nbytes} bytes of data for shape {shape:?} of {dtype}"
                )));
            }
            let offset = reader.stream_position().map_err(io)?;
            if offset + nbytes as u64 > file_len {
                return Err(bad(format!(
                    "variable `{name}`: data ends at byte {} past the end of the file ({file_len} bytes)",
                    offset + nbytes as u64
                )));
            }
            reader.seek(SeekFrom::Current(nbytes as i64)).map_err(io)?;
            if by_name.insert(name.clone(), variables.len()).is_some() {
                return Err(bad(format!("variable `{name}` appears twice")));
            }
            variables.push(Ct2Variable {
                name,
                shape,
                dtype,
                offset,
                nbytes,
            });
        }

        let n_aliases = read_u32(&mut reader).map_err(io)?;
        let mut aliases = Vec::with_capacity(n_aliases.min(1 << 16) as usize);
        for i in 0..n_aliases {
            let alias = read_string(&mut reader, &path, &format!("alias #{i}"))?;
            let target = read_string(&mut reader, &path, &format!("target of alias `{alias}`"))?;
            if !by_name.contains_key(&target) {
                return Err(bad(format!(
                    "alias `{alias}` points to `{target}`, which is not a variable"
                )));
            }
            aliases.push((alias, target));
        }
        let end = reader.stream_position().map_err(io)?;
        if end != file_len {
            return Err(bad(format!(
                "{} trailing bytes after the alias table",
                file_len.saturating_sub(end)
            )));
        }

        Ok(Ct2Model {
            path,
            spec_name,
            spec_revision,
            variables,
            by_name,
            aliases,
            reader,
        })
    }

    /// The raw little-endian data of a variable.
    pub fn read_raw(&mut self, name: &str) -> Result<Vec<u8>, ConvertError> {
        let var = self.variable(name)?.clone();
        let io = |e| ConvertError::io("reading", &self.path, e);
        self.reader.seek(SeekFrom::Start(var.offset)).map_err(io)?;
        let mut data = vec![0u8; var.nbytes];
        self.reader.read_exact(&mut data).map_err(io)?;
        Ok(data)
    }

    /// A floating-point variable's data as f32 (exact for f16/bf16).
    pub fn read_f32(&mut self, name: &str) -> Result<Vec<f32>, ConvertError> {
        let dtype = self.variable(name)?.dtype;
        let raw = self.read_raw(name)?;
        decode_f32(&raw, dtype).ok_or_else(|| ConvertError::BadVariable {
            path: self.path.clone(),
            name: name.to_owned(),
            expected: "a floating-point type".into(),
            found: dtype.to_string(),
        })
    }

    /// A scalar (rank 0, or a single element) as an integer, or `None` if absent.
    pub fn read_scalar_i64(&mut self, name: &str) -> Result<Option<i64>, ConvertError> {
        let Some(var) = self.get(name).cloned() else {
            return Ok(None);
        };
        if var.numel() != 1 {
            return Err(ConvertError::BadVariable {
                path: self.path.clone(),
                name: name.to_owned(),
                expected: "a scalar".into(),
                found: format!("shape {:?}", var.shape),
            });
        }
        let b = self.read_raw(name)?;
        Ok(Some(match var.dtype {
            Ct2DType::I8 => i64::from(b[0] as i8),
            Ct2DType::I16 => i64::from(i16::from_le_bytes([b[0], b[1]])),
            Ct2DType::I32 => i64::from(i32::from_le_bytes([b[0], b[1], b[2], b[3]])),
            Ct2DType::F32 | Ct2DType::F16 | Ct2DType::BF16 => {
                decode_f32(&b, var.dtype).expect("float type")[0] as i64
            }
        }))
    }
}

/// Decode floating-point data to f32; `None` for integer types.
pub fn decode_f32(raw: &[u8], dtype: Ct2DType) -> Option<Vec<f32>> {
    Some(match dtype {
        Ct2DType::F32 => raw
            .chunks_exact(4)
            .map(|b| f32::from_le_bytes([b[0], b[1], b[2], b[3]]))
            .collect(),
        Ct2DType::F16 => raw
            .chunks_exact(2)
            .map(|b| f16::from_bits(u16::from_le_bytes([b[0], b[1]])).to_f32())
            .collect(),
        Ct2DType::BF16 => raw
            .chunks_exact(2)
            .map(|b| bf16::from_bits(u16::from_le_bytes([b[0], b[1]])).to_f32())
            .collect(),
        Ct2DType::I8 | Ct2DType::I16 | Ct2DType::I32 => return None,
    })
}

fn read_u8(r: &mut impl Read) -> std::io::Result<u8> {
    let mut b = [0u8; 1];
    r.read_exact(&mut b)?;
    Ok(b[0])
}

fn read_u16(r: &mut impl Read) -> std::io::Result<u16> {
    let mut b = [0u8; 2];
    r.read_exact(&mut b)?;
    Ok(u16::from_le_bytes(b))
}

fn read_u32(r: &mut impl Read) -> std::io::Result<u32> {
    let mut b = [0u8; 4];
    r.read_exact(&mut b)?;
    Ok(u32::from_le_bytes(b))
}

fn read_string(r: &mut impl Read, path: &Path, what: &str) -> Result<String, ConvertError> {
    let io = |e| ConvertError::io("reading", path, e);
    let bad = |detail: String| ConvertError::Ct2Format {
        path: path.to_owned(),
        detail: format!("{what}: {detail}"),
    };
    let len = usize::from(read_u16(r).map_err(io)?);
    if len == 0 {
        return Err(bad(
            "string length 0 (it must count the trailing NUL)".into()
        ));
    }
    let mut buf = vec![0u8; len];
    r.read_exact(&mut buf).map_err(io)?;
    if buf.pop() != Some(0) {
        return Err(bad("string is not NUL-terminated".into()));
    }
    String::from_utf8(buf).map_err(|e| bad(format!("string is not UTF-8: {e}")))
}

/// A minimal `model.bin` writer, the mirror of the reader, for building test
/// fixtures. `variables` are `(name, shape, dtype, raw data)`.
pub fn write_ct2(
    w: &mut impl std::io::Write,
    spec_name: &str,
    revision: u32,
    variables: &[(&str, &[usize], Ct2DType, &[u8])],
    aliases: &[(&str, &str)],
) -> std::io::Result<()> {
    fn string(w: &mut impl std::io::Write, s: &str) -> std::io::Result<()> {
        let len = u16::try_from(s.len() + 1).map_err(|_| {
            std::io::Error::new(std::io::ErrorKind::InvalidInput, "string too long")
        })?;
        w.write_all(&len.to_le_bytes())?;
        w.write_all(s.as_bytes())?;
        w.write_all(&[0])
    }
    w.write_all(&CT2_BINARY_VERSION.to_le_bytes())?;
    string(w, spec_name)?;
    w.write_all(&revision.to_le_bytes())?;
    w.write_all(&(variables.len() as u32).to_le_bytes())?;
    for (name, shape, dtype, data) in variables {
        string(w, name)?;
        w.write_all(&[shape.len() as u8])?;
        for d in *shape {
            w.write_all(&(*d as u32).to_le_bytes())?;
        }
        w.write_all(&[dtype.id()])?;
        w.write_all(&(data.len() as u32).to_le_bytes())?;
        w.write_all(data)?;
    }
    w.write_all(&(aliases.len() as u32).to_le_bytes())?;
    for (a, t) in aliases {
        string(w, a)?;
        string(w, t)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Cursor;

    /// A buffer built byte by byte (not with `write_ct2`), to pin the format.
    fn hand_built() -> Vec<u8> {
        let mut b = Vec::new();
        b.extend(6u32.to_le_bytes());
        b.extend(12u16.to_le_bytes());
        b.extend(b"WhisperSpec\0");
        b.extend(3u32.to_le_bytes());
        b.extend(2u32.to_le_bytes()); // variables
                                      // "enc/w": rank 2, [2, 3], f16
        b.extend(6u16.to_le_bytes());
        b.extend(b"enc/w\0");
        b.push(2);
        b.extend(2u32.to_le_bytes());
        b.extend(3u32.to_le_bytes());
        b.push(4);
        b.extend(12u32.to_le_bytes());
        for v in [1.0f32, -2.0, 0.5, 0.25, 3.0, -0.125] {
            b.extend(f16::from_f32(v).to_bits().to_le_bytes());
        }
        // "heads": rank 0 int16 = 8
        b.extend(6u16.to_le_bytes());
        b.extend(b"heads\0");
        b.push(0);
        b.push(2);
        b.extend(2u32.to_le_bytes());
        b.extend(8i16.to_le_bytes());
        // one alias
        b.extend(1u32.to_le_bytes());
        b.extend(6u16.to_le_bytes());
        b.extend(b"dec/p\0");
        b.extend(6u16.to_le_bytes());
        b.extend(b"enc/w\0");
        b
    }

    #[test]
    fn parses_a_hand_built_file() {
        let buf = hand_built();
        let mut m = Ct2Model::from_reader(Cursor::new(buf.clone()), "mem").unwrap();
        assert_eq!(m.spec_name(), "WhisperSpec");
        assert_eq!(m.spec_revision(), 3);
        assert_eq!(m.variables().len(), 2);
        let w = m.variable("enc/w").unwrap().clone();
        assert_eq!(w.shape, vec![2, 3]);
        assert_eq!(w.dtype, Ct2DType::F16);
        assert_eq!(w.nbytes, 12);
        assert_eq!(w.offset, 4 + 2 + 12 + 4 + 4 + 2 + 6 + 1 + 8 + 1 + 4);
        assert_eq!(
            m.read_f32("enc/w").unwrap(),
            vec![1.0, -2.0, 0.5, 0.25, 3.0, -0.125]
        );
        assert_eq!(m.read_f32("dec/p").unwrap()[1], -2.0, "alias resolves");
        assert_eq!(m.read_scalar_i64("heads").unwrap(), Some(8));
        assert_eq!(m.read_scalar_i64("nope").unwrap(), None);
        assert!(matches!(
            m.variable("nope"),
            Err(ConvertError::MissingVariable { .. })
        ));
        assert_eq!(m.aliases(), &[("dec/p".to_string(), "enc/w".to_string())]);

        // The test writer produces the same bytes.
        let mut again = Vec::new();
        let raw = m.read_raw("enc/w").unwrap();
        write_ct2(
            &mut again,
            "WhisperSpec",
            3,
            &[
                ("enc/w", &[2, 3], Ct2DType::F16, &raw),
                ("heads", &[], Ct2DType::I16, &8i16.to_le_bytes()),
            ],
            &[("dec/p", "enc/w")],
        )
        .unwrap();
        assert_eq!(again, buf);
    }

    #[test]
    fn rejects_malformed_files() {
        let buf = hand_built();
        // truncated in the middle of the data
        let err = Ct2Model::from_reader(Cursor::new(buf[..50].to_vec()), "mem").unwrap_err();
        assert!(err.to_string().contains("enc/w"), "{err}");
        // wrong version
        let mut v = buf.clone();
        v[0] = 5;
        let err = Ct2Model::from_reader(Cursor::new(v), "mem").unwrap_err();
        assert!(err.to_string().contains("version 5"), "{err}");
        // byte count that does not match the shape
        let mut v = buf.clone();
        let pos = 4 + 2 + 12 + 4 + 4 + 2 + 6 + 1 + 8 + 1;
        v[pos] = 10;
        let err = Ct2Model::from_reader(Cursor::new(v), "mem").unwrap_err();
        assert!(err.to_string().contains("10 bytes"), "{err}");
        // missing NUL
        let mut v = buf.clone();
        v[4 + 2 + 11] = b'!';
        assert!(Ct2Model::from_reader(Cursor::new(v), "mem").is_err());
        // trailing garbage
        let mut v = buf;
        v.push(0);
        let err = Ct2Model::from_reader(Cursor::new(v), "mem").unwrap_err();
        assert!(err.to_string().contains("trailing"), "{err}");
    }
}
