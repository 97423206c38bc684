package zapredact_test

import (
	"errors"
	"fmt"
	"io"

	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"
)

// plainCore is the core every comparison uses: zap's production JSON
// encoder writing to io.Discard.
func plainCore() zapcore.Core {
	return zapcore.NewCore(zapcore.NewJSONEncoder(zap.NewProductionEncoderConfig()), zapcore.AddSync(io.Discard), zap.DebugLevel)
}

// stringer is a fmt.Stringer with a fixed text.
type stringer string

func (s stringer) String() string { return string(s) }

// panicker panics in every method a logger may call.
type panicker struct{}

func (panicker) String() string                               { panic("boom alice@example.com") }
func (panicker) Error() string                                { panic("boom alice@example.com") }
func (panicker) MarshalLogObject(zapcore.ObjectEncoder) error { panic("boom alice@example.com") }

// nilStringer has a pointer receiver that does not guard against nil.
type nilStringer struct{ s string }

func (n *nilStringer) String() string { return n.s }

// verboseError formats itself with extra detail for %+v, like errors
// carrying a stack trace.
type verboseError struct{ msg, detail string }

func (e verboseError) Error() string { return e.msg }

func (e verboseError) Format(s fmt.State, verb rune) {
	if verb == 'v' && s.Flag('+') {
		_, _ = io.WriteString(s, e.msg+"\n"+e.detail)
		return
	}
	_, _ = io.WriteString(s, e.msg)
}

// groupError holds several errors, as multierr's errors do.
type groupError []error

func (g groupError) Error() string   { return errors.Join(g...).Error() }
func (g groupError) Errors() []error { return g }

// account is a custom ObjectMarshaler.
type account struct {
	Owner, Email string
	Balance      int64
}

func (a account) MarshalLogObject(enc zapcore.ObjectEncoder) error {
	enc.AddString("owner", a.Owner)
	enc.AddString("email", a.Email)
	enc.AddInt64("balance", a.Balance)
	return nil
}

// failingObject writes one field, then fails with an error whose text
// holds a secret.
type failingObject struct{}

func (failingObject) MarshalLogObject(enc zapcore.ObjectEncoder) error {
	enc.AddString("ok", "fine")
	return errors.New("lookup of carol@example.com failed")
}

// namespaced opens a namespace inside an object.
type namespaced struct{}

func (namespaced) MarshalLogObject(enc zapcore.ObjectEncoder) error {
	enc.AddString("id", "42")
	enc.OpenNamespace("auth")
	enc.AddString("password", "hunter2")
	enc.AddString("email", "dave@example.com")
	return nil
}

// emails is a custom ArrayMarshaler of strings and byte strings.
type emails []string

func (e emails) MarshalLogArray(enc zapcore.ArrayEncoder) error {
	for i, s := range e {
		if i%2 == 0 {
			enc.AppendString(s)
		} else {
			enc.AppendByteString([]byte(s))
		}
	}
	return nil
}

// badJSON fails to marshal with an error that names a secret.
type badJSON string

func (b badJSON) MarshalJSON() ([]byte, error) { return nil, errors.New("lookup " + string(b)) }

// panicJSON panics when encoded to JSON.
type panicJSON struct{}

func (panicJSON) MarshalJSON() ([]byte, error) { panic("boom alice@example.com") }
