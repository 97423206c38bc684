package conformance

import (
	"strconv"
	"time"
)

// Kind is the kind of a field, named after what the loggers call it. A
// layer that has no field of a kind logs its nearest equivalent (see each
// layer's runner); a layer that has none at all skips the row.
type Kind uint8

const (
	// String is text: slog.String, zap.String, zerolog's Str.
	String Kind = iota + 1
	// Bytes is text held in a byte slice: a []byte attribute in slog,
	// zap.ByteString, zerolog's Bytes.
	Bytes
	// Binary is bytes a logger writes as base64: zap.Binary.
	Binary
	// Hex is bytes a logger writes as hexadecimal digits: zerolog's Hex.
	Hex
	// Int is a signed integer.
	Int
	// Uint is an unsigned integer.
	Uint
	// Float is a float64.
	Float
	// Bool is a boolean.
	Bool
	// Duration is a time.Duration.
	Duration
	// Time is a time.Time.
	Time
	// Error is an error whose Error method returns Text.
	Error
	// Stringer is a fmt.Stringer whose String method returns Text.
	Stringer
	// Object is a group of named fields: slog.Group, zap.Object, zerolog's
	// Dict, a JSON object, a Collector map.
	Object
	// Array is a list of unnamed values: zap.Array, zerolog's Array, a
	// JSON array, a Collector slice, a []any in slog.
	Array
	// Valuer is an Object that is only known once computed: a
	// slog.LogValuer, a zap.ObjectMarshaler.
	Valuer
	// Reflect is a Go value (Go) that loggers encode by reflection or
	// encoding/json: slog.Any, zap.Reflect, zerolog's Interface.
	Reflect
	// RawJSON is JSON text (Text) logged as it is: zerolog's RawJSON, a
	// json.RawMessage elsewhere.
	RawJSON
	// PanicString is a fmt.Stringer whose String method panics.
	PanicString
	// PanicError is an error whose Error method panics.
	PanicError
	// PanicValuer is a Valuer whose method panics.
	PanicValuer
	// PanicJSON is a value whose MarshalJSON method panics.
	PanicJSON
)

var kindNames = [...]string{
	String: "String", Bytes: "Bytes", Binary: "Binary", Hex: "Hex", Int: "Int", Uint: "Uint",
	Float: "Float", Bool: "Bool", Duration: "Duration", Time: "Time", Error: "Error",
	Stringer: "Stringer", Object: "Object", Array: "Array", Valuer: "Valuer", Reflect: "Reflect",
	RawJSON: "RawJSON", PanicString: "PanicString", PanicError: "PanicError",
	PanicValuer: "PanicValuer", PanicJSON: "PanicJSON",
}

// String returns the kind's name.
func (k Kind) String() string {
	if int(k) < len(kindNames) && kindNames[k] != "" {
		return kindNames[k]
	}
	return "Kind(" + strconv.Itoa(int(k)) + ")"
}

// Panics reports whether a node of kind k panics when a logger looks at it.
func (k Kind) Panics() bool { return k >= PanicString }

// Node is one field of an event: a key and a value of some kind. Only the
// value field its kind names is set. Elements of an Array have no key.
type Node struct {
	Key   string
	Kind  Kind
	Text  string
	Int   int64
	Uint  uint64
	Float float64
	Bool  bool
	Dur   time.Duration
	Time  time.Time
	Kids  []Node
	Go    any
}

// S is a String field.
func S(key, text string) Node { return Node{Key: key, Kind: String, Text: text} }

// B is a Bytes field.
func B(key, text string) Node { return Node{Key: key, Kind: Bytes, Text: text} }

// Bin is a Binary field.
func Bin(key, text string) Node { return Node{Key: key, Kind: Binary, Text: text} }

// X is a Hex field.
func X(key, text string) Node { return Node{Key: key, Kind: Hex, Text: text} }

// I is an Int field.
func I(key string, v int64) Node { return Node{Key: key, Kind: Int, Int: v} }

// U is a Uint field.
func U(key string, v uint64) Node { return Node{Key: key, Kind: Uint, Uint: v} }

// F is a Float field.
func F(key string, v float64) Node { return Node{Key: key, Kind: Float, Float: v} }

// Bo is a Bool field.
func Bo(key string, v bool) Node { return Node{Key: key, Kind: Bool, Bool: v} }

// D is a Duration field.
func D(key string, v time.Duration) Node { return Node{Key: key, Kind: Duration, Dur: v} }

// T is a Time field.
func T(key string, v time.Time) Node { return Node{Key: key, Kind: Time, Time: v} }

// E is an Error field.
func E(key, text string) Node { return Node{Key: key, Kind: Error, Text: text} }

// St is a Stringer field.
func St(key, text string) Node { return Node{Key: key, Kind: Stringer, Text: text} }

// Obj is an Object field.
func Obj(key string, kids ...Node) Node { return Node{Key: key, Kind: Object, Kids: kids} }

// Arr is an Array field; its elements' keys are ignored.
func Arr(key string, elems ...Node) Node { return Node{Key: key, Kind: Array, Kids: elems} }

// V is a Valuer field.
func V(key string, kids ...Node) Node { return Node{Key: key, Kind: Valuer, Kids: kids} }

// R is a Reflect field.
func R(key string, v any) Node { return Node{Key: key, Kind: Reflect, Go: v} }

// Raw is a RawJSON field.
func Raw(key, json string) Node { return Node{Key: key, Kind: RawJSON, Text: json} }

// P is a field of one of the panicking kinds.
func P(key string, k Kind) Node { return Node{Key: key, Kind: k} }

// Row is one case: an event, the engine options it is redacted with, and
// what must come out.
type Row struct {
	// Name names the subtest.
	Name string
	// Msg is the event's message.
	Msg string
	// With are fields attached to the logger before the event
	// (WithAttrs, With, zerolog's context).
	With []Node
	// Group, when set, opens a group after With that holds every field
	// of the event: slog's WithGroup, a zap Namespace; layers without one
	// log Fields inside an Object of that name.
	Group string
	// Fields are the event's own fields.
	Fields []Node
	// Sensitive and Allowed are passed to patterns.WithSensitiveKeys and
	// patterns.WithAllowedKeys.
	Sensitive, Allowed []string
	// Want lists every value that changes; anything else must come out as
	// the plain logger writes it.
	Want []Want
	// Seen lists every observation, in any order.
	Seen []Seen
	// Except names layers the row does not apply to, with the reason.
	Except map[string]string
}

// wantOp is what a Want does to the plain output.
type wantOp uint8

const (
	opMasked wantOp = iota + 1
	opWhole
	opAnyMask
	opPanicked
	opKey
)

// Want is one change a row expects, at a path of the output: components
// joined by '.', array elements as "[i]", the message as "msg". Build one
// with [Masked], [MaskedKey], [Whole], [AnyMask] or [Panicked].
type Want struct {
	op                     wantOp
	Path, Detector, Secret string
}

// Masked says that Secret, in the plain value at path, is replaced by the
// mask of Detector; when Secret is the whole value the value is the mask.
func Masked(path, detector, secret string) Want {
	return Want{op: opMasked, Path: path, Detector: detector, Secret: secret}
}

// MaskedKey says that the map key Secret of the map at path is replaced by
// the mask of Detector, and the value under it kept.
func MaskedKey(path, detector, secret string) Want {
	return Want{op: opKey, Path: path, Detector: detector, Secret: secret}
}

// Whole says that the value at path, whatever it is, and everything under
// it, is replaced by the engine's one mask for a value under a sensitive
// key (patterns.Engine.MaskWhole).
func Whole(path string) Want { return Want{op: opWhole, Path: path, Detector: "sensitive-key"} }

// AnyMask says that the value at path is replaced whole by a mask of
// Detector whose HMAC digest may differ between layers, because the
// loggers print the value differently (durations, times).
func AnyMask(path, detector string) Want {
	return Want{op: opAnyMask, Path: path, Detector: detector}
}

// Panicked says that the value at path is replaced by the panic marker.
func Panicked(path string) Want { return Want{op: opPanicked, Path: path} }

// Seen is one observation: a detector ID and the key path it was found
// under.
type Seen struct {
	Detector, Key string
}

// Saw is a Seen.
func Saw(detector, key string) Seen { return Seen{Detector: detector, Key: key} }

// Walk calls fn for every node of the row, with its output path.
func (r *Row) Walk(fn func(path string, n *Node)) {
	for i := range r.With {
		walkNode("", &r.With[i], fn)
	}
	prefix := ""
	if r.Group != "" {
		prefix = r.Group
	}
	for i := range r.Fields {
		walkNode(prefix, &r.Fields[i], fn)
	}
}

func walkNode(prefix string, n *Node, fn func(string, *Node)) {
	p := Join(prefix, n.Key)
	fn(p, n)
	for i := range n.Kids {
		k := &n.Kids[i]
		if n.Kind == Array {
			// Elements have no key: the index completes the path.
			walkNode(p+"["+strconv.Itoa(i)+"]", k, fn)
			continue
		}
		walkNode(p, k, fn)
	}
}

// Join joins a path and a key with '.'.
func Join(path, key string) string {
	switch {
	case path == "":
		return key
	case key == "":
		return path
	}
	return path + "." + key
}

// unsupported returns the first kind of the row's nodes for which has
// returns false.
func (r *Row) unsupported(has func(Kind) bool) (Kind, bool) {
	var bad Kind
	r.Walk(func(_ string, n *Node) {
		if bad == 0 && !has(n.Kind) {
			bad = n.Kind
		}
	})
	return bad, bad != 0
}

// Flat reports whether the row is one line of top-level scalar fields,
// which is all a logfmt or text line can say.
func (r *Row) Flat() bool {
	if r.Group != "" {
		return false
	}
	for _, ns := range [2][]Node{r.With, r.Fields} {
		for _, n := range ns {
			switch n.Kind {
			case String, Int, Uint, Float, Bool:
			default:
				return false
			}
		}
	}
	return true
}

// plain returns the row as the plain logger logs it: a node that panics
// is left out, since a plain logger may crash on it, and the marker is
// added where it stood.
func (r *Row) plain() *Row {
	c := *r
	c.With = withoutPanics(r.With)
	c.Fields = withoutPanics(r.Fields)
	return &c
}

func withoutPanics(ns []Node) []Node {
	var out []Node
	for _, n := range ns {
		if n.Kind.Panics() {
			continue
		}
		if len(n.Kids) > 0 {
			n.Kids = withoutPanics(n.Kids)
		}
		out = append(out, n)
	}
	return out
}
