package zapredact

import (
	"fmt"
	"io"
	"strings"

	"github.com/logredact/logredact/internal/marker"
)

// errorGroup is zap's interface for errors that hold several causes, such
// as multierr's; zap logs their causes as an array under key+"Causes".
type errorGroup interface {
	Errors() []error
}

// redactedError stands in for an error whose text had something to mask.
// zap encodes it as it encodes the original: Error() under the key and,
// when verbose differs, the %+v text under key+"Verbose".
type redactedError struct {
	msg, verbose string
}

func (e *redactedError) Error() string { return e.msg }

// Format writes the redacted verbose text for %+v and the message
// otherwise, so zap's errorVerbose field carries only redacted text.
func (e *redactedError) Format(s fmt.State, verb rune) {
	if verb == 'v' && s.Flag('+') && e.verbose != "" {
		_, _ = io.WriteString(s, e.verbose)
		return
	}
	_, _ = io.WriteString(s, e.msg)
}

// redactedGroup stands in for an error group with something to mask in
// its message or its causes.
type redactedGroup struct {
	msg    string
	causes []error
}

func (e *redactedGroup) Error() string   { return e.msg }
func (e *redactedGroup) Errors() []error { return e.causes }

// redactError inspects err the way zap's encoder does (Error(), the causes
// of an error group, %+v of a fmt.Formatter) and redacts each text at p
// under key. It returns err itself as red when all of it is clean. ok is false
// when err panicked: the caller then writes [marker.Panic].
func (r *redactor) redactError(p place, key string, err error) (changed, ok bool, red error) {
	defer func() {
		if recover() != nil {
			changed, ok, red = true, false, nil
		}
	}()
	basic, ok := callError(err)
	if !ok {
		return true, false, nil
	}
	if basic == "<nil>" && isNilPointer(err) {
		return false, true, err
	}
	msg, changed := r.str(p, key, basic)
	switch e := err.(type) {
	case errorGroup:
		errs := e.Errors()
		var causes []error
		for i, cause := range errs {
			if cause == nil {
				continue
			}
			cchanged, cok, rc := r.redactError(p, key, cause)
			if !cok {
				rc, cchanged = &redactedError{msg: marker.Panic}, true
			}
			if cchanged && causes == nil {
				causes = make([]error, 0, len(errs))
				causes = appendNonNil(causes, errs[:i])
			}
			if causes != nil {
				if !cchanged {
					rc = cause
				}
				causes = append(causes, rc)
			}
		}
		if !changed && causes == nil {
			return false, true, err
		}
		if causes == nil {
			causes = appendNonNil(make([]error, 0, len(errs)), errs)
		}
		return true, true, &redactedGroup{msg: msg, causes: causes}

	case fmt.Formatter:
		verbose, ok := formatVerbose(e)
		if !ok {
			// fmt would print the panic's text into errorVerbose: the
			// error is replaced, and its verbose text is the marker.
			return true, true, &redactedError{msg: msg, verbose: marker.Panic}
		}
		if verbose == basic {
			break
		}
		v, vchanged := r.str(p, key, verbose)
		if !changed && !vchanged {
			return false, true, err
		}
		return true, true, &redactedError{msg: msg, verbose: v}

	}
	if !changed {
		return false, true, err
	}
	return true, true, &redactedError{msg: msg}
}

func appendNonNil(dst, errs []error) []error {
	for _, e := range errs {
		if e != nil {
			dst = append(dst, e)
		}
	}
	return dst
}

// callError calls err.Error() as [callString] calls String.
func callError(err error) (s string, ok bool) {
	defer func() {
		if recover() != nil {
			s, ok = nilOrPanic(err)
		}
	}()
	return err.Error(), true
}

func isNilPointer(v any) bool {
	s, ok := nilOrPanic(v)
	return ok && s == "<nil>"
}

// formatVerbose is fmt.Sprintf("%+v", e), as zap calls it for
// errorVerbose, except that a panicking Format reports ok false: fmt
// would catch the panic and print its text, which may hold what the
// error was about.
func formatVerbose(e fmt.Formatter) (s string, ok bool) {
	defer func() {
		if recover() != nil {
			s, ok = "", false
		}
	}()
	st := verboseState{}
	e.Format(&st, 'v')
	return st.buf.String(), true
}

// verboseState is the fmt.State of "%+v".
type verboseState struct {
	buf strings.Builder
}

func (s *verboseState) Write(b []byte) (int, error) { return s.buf.Write(b) }
func (s *verboseState) Width() (int, bool)          { return 0, false }
func (s *verboseState) Precision() (int, bool)      { return 0, false }
func (s *verboseState) Flag(c int) bool             { return c == '+' }
