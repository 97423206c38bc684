package conformance

import (
	"encoding/json"
	"strings"
)

// The types below are what rows log by reflection, and what runners use
// for the kinds that are methods: a layer's own runner turns a node of
// kind Error into an [Err], of kind Stringer into a [Text], and so on.

// PanicText is what every panicking method panics with. It holds an email
// address: a layer that printed it would leak it.
const PanicText = "boom alice@example.com"

// Text is a [fmt.Stringer].
type Text string

// String returns t.
func (t Text) String() string { return string(t) }

// Err is an error.
type Err string

// Error returns e.
func (e Err) Error() string { return string(e) }

// PanicStringer is a [fmt.Stringer] whose String panics with [PanicText].
type PanicStringer struct{}

// String panics.
func (PanicStringer) String() string { panic(PanicText) }

// PanicErr is an error whose Error panics with [PanicText].
type PanicErr struct{}

// Error panics.
func (PanicErr) Error() string { panic(PanicText) }

// PanicMarshaler is a [json.Marshaler] whose MarshalJSON panics with
// [PanicText].
type PanicMarshaler struct{}

// MarshalJSON panics.
func (PanicMarshaler) MarshalJSON() ([]byte, error) { panic(PanicText) }

// Base is embedded in [Account]: encoding/json promotes its fields.
type Base struct {
	ID string `json:"id"`
}

// Profile is a struct nested in [Account].
type Profile struct {
	Name  string `json:"name"`
	Phone string `json:"phone,omitempty"`
}

// Account is a struct with most of what encoding/json's rules cover: an
// embedded struct, a number written as a string, omitempty and omitzero
// fields, a nested struct and a field it never writes.
type Account struct {
	Base
	Email   string  `json:"email"`
	Card    int64   `json:"card,string"`
	Note    string  `json:"note,omitempty"`
	Unset   Profile `json:"unset,omitzero"`
	Profile Profile `json:"profile"`
	Skip    string  `json:"-"`
}

// Contact has a MarshalJSON with a pointer receiver: encoding/json calls
// it for an addressable Contact (a field of a struct logged by pointer),
// and writes the fields of any other.
type Contact struct {
	Addr string
}

// MarshalJSON writes c as {"contact": Addr}.
func (c *Contact) MarshalJSON() ([]byte, error) {
	return json.Marshal(map[string]string{"contact": c.Addr})
}

// Holder holds a [Contact] by value.
type Holder struct {
	Who Contact `json:"who"`
}

// Mailbox is a map key that encoding/json writes through MarshalText.
type Mailbox string

// MarshalText writes "mailto:" and m.
func (m Mailbox) MarshalText() ([]byte, error) { return []byte("mailto:" + string(m)), nil }

// Deep returns maps nested n levels deep under keys "l0", "l1", ..., with
// leaf at the bottom under key "v".
func Deep(n int, leaf any) map[string]any {
	m := map[string]any{"v": leaf}
	for i := n - 1; i >= 0; i-- {
		m = map[string]any{"l" + itoa(i): m}
	}
	return m
}

// DeepPath is the output path of the leaf of Deep(n, ...) logged under key.
func DeepPath(key string, n int) string {
	var b strings.Builder
	b.WriteString(key)
	for i := range n {
		b.WriteString(".l" + itoa(i))
	}
	b.WriteString(".v")
	return b.String()
}

// DeepObj is Deep as nested Object nodes.
func DeepObj(key string, n int, leaf Node) Node {
	leaf.Key = "v"
	node := leaf
	for i := n - 1; i >= 0; i-- {
		node = Obj("l"+itoa(i), node)
	}
	return Obj(key, node)
}

func itoa(i int) string {
	if i < 10 {
		return string(rune('0' + i))
	}
	return itoa(i/10) + string(rune('0'+i%10))
}
