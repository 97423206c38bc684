package jsonredact

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/logredact/logredact/internal/testutil"
	"github.com/logredact/logredact/internal/workload"
	"github.com/logredact/logredact/patterns"
)

// batchField is one field of a batch test event: a string, an integer or
// a float.
type batchField struct {
	key  string
	kind int // 0 string, 1 int, 2 uint, 3 float
	s    string
	i    int64
	f    float64
}

// add adds f to b as a layer would.
func (f batchField) add(b *Batch) bool {
	switch f.kind {
	case 0:
		return b.String(f.key, f.s)
	case 1:
		return b.Int(f.key, f.i)
	case 2:
		return b.Uint(f.key, uint64(f.i))
	}
	return b.Float(f.key, f.f)
}

// changes reports whether the field-by-field path changes f.
func (f batchField) changes(e *patterns.Engine) bool {
	sc := patterns.Scope{Layer: "zap", Key: f.key}
	var changed bool
	switch f.kind {
	case 0:
		_, changed = RedactString(e, sc, f.s)
	case 1:
		_, changed = RedactInt(e, sc, f.i)
	case 2:
		_, changed = RedactUint(e, sc, uint64(f.i))
	default:
		changed = FloatDirty(e, f.key, f.f)
	}
	return changed
}

// TestBatchAgreesWithFields checks that a batch calls an event clean only
// when no field of it would change field by field, on events made of
// every catalog example, benign line and number shape under keys of
// every class, and that it takes most clean events.
func TestBatchAgreesWithFields(t *testing.T) {
	allow, err := patterns.New(patterns.WithAllowedKeys("note"))
	if err != nil {
		t.Fatal(err)
	}
	nums := []int64{0, 7, 200, -12, 4111111111111111, -4111111111111111, 999_999_999_999, 1_000_000_000_000, -1_000_000_000_000,
		5551234567, 123456789, 1796029200356, 1796029200356123456, math.MaxInt64, math.MinInt64}
	floats := []float64{12.5, 0, -3, 4111111111111111, 1e12, math.Inf(1), math.NaN(), 999_999_999_999.5, 1796029200356, 1 << 63, -1 << 63}
	rng := rand.New(rand.NewPCG(12, 21))
	for _, e := range []*patterns.Engine{patterns.Default(), allow} {
		vals := quickValues(t, e)
		var tally testutil.Settled
		for n := 0; n < 8000; n++ {
			fs := make([]batchField, 1+rng.IntN(9))
			for j := range fs {
				f := batchField{key: quickKeys[rng.IntN(len(quickKeys))], kind: rng.IntN(6)}
				switch {
				case f.kind >= 3 && f.kind < 5:
					f.kind, f.s = 0, vals[rng.IntN(len(vals))]
				case f.kind == 5:
					f.kind, f.f = 3, floats[rng.IntN(len(floats))]
				case f.kind == 0:
					f.s = vals[rng.IntN(len(vals))]
				default:
					f.i = nums[rng.IntN(len(nums))]
				}
				fs[j] = f
			}
			b := GetBatch(e)
			all := true
			for _, f := range fs {
				all = all && f.add(b)
			}
			batched := all && b.Clean()
			b.Done()
			dirty := false
			for _, f := range fs {
				dirty = dirty || f.changes(e)
			}
			if batched && dirty {
				t.Fatalf("batch called %+v clean, but a field changes", fs)
			}
			tally.Add(!dirty, batched)
			agreeFieldByField(t, e, fs)
		}
		// Half the keys have rules of their own, which leave an event
		// to the field-by-field path.
		tally.WantAtLeast(t, "the batch", 1, 3)
	}
}

// agreeFieldByField adds every field of fs that the batch takes, as a
// layer that goes on past the ones it refuses does, and fails t unless
// each taken field comes out of its findings (Engine.RedactFound) as it
// comes out field by field.
func agreeFieldByField(t *testing.T, e *patterns.Engine, fs []batchField) {
	t.Helper()
	b := GetBatch(e)
	defer b.Done()
	taken := make([]bool, len(fs))
	value := make([]int, len(fs))
	for i, f := range fs {
		n := b.Values()
		taken[i] = f.add(b)
		value[i] = -1
		if b.Values() > n {
			value[i] = n
		}
	}
	found, anyHeld := b.Find(), false
	for i, f := range fs {
		if !taken[i] {
			continue
		}
		held := value[i] >= 0 && len(b.Found(value[i])) > 0
		anyHeld = anyHeld || held
		if !held {
			if f.changes(e) {
				t.Fatalf("in %+v, field %d holds nothing for the batch, but changes field by field", fs, i)
			}
			continue
		}
		// Only strings join the pass: the rest are settled without it.
		sc := patterns.Scope{Layer: "zap", Key: f.key}
		want, wantChanged := RedactString(e, sc, f.s)
		got, changed := e.RedactFound(sc, f.s, b.Found(value[i]))
		if got != want || changed != wantChanged {
			t.Fatalf("in %+v, field %d: RedactFound = %q, %v, field by field %q, %v", fs, i, got, changed, want, wantChanged)
		}
	}
	if found != anyHeld {
		t.Fatalf("in %+v: Find = %v, but a value holds a finding: %v", fs, found, anyHeld)
	}
}

// TestBatchTakesCleanEvent checks that the standard CLEAN event is judged
// in one batch, and found clean.
func TestBatchTakesCleanEvent(t *testing.T) {
	b := GetBatch(patterns.Default())
	defer b.Done()
	if !b.String(MessageKey, workload.CleanMessage) {
		t.Fatal("String refused the CLEAN message")
	}
	for _, f := range workload.CleanFields {
		var ok bool
		switch v := f.Value.(type) {
		case string:
			ok = b.String(f.Key, v)
		case int:
			ok = b.Int(f.Key, int64(v))
		case float64:
			ok = b.Float(f.Key, v)
		}
		if !ok {
			t.Errorf("the batch refused CLEAN field %s=%v", f.Key, f.Value)
		}
	}
	if !b.Clean() {
		t.Error("the CLEAN event is not clean")
	}
}

// TestBatchFull checks that a batch that cannot hold a value says so.
func TestBatchFull(t *testing.T) {
	b := GetBatch(patterns.Default())
	defer b.Done()
	big := make([]byte, batchBytes+1)
	for i := range big {
		big[i] = 'a'
	}
	if b.String("path", string(big)) {
		t.Error("String took a value longer than the batch")
	}
	for i := 0; i < batchSpans; i++ {
		if !b.String("path", "x") {
			t.Fatalf("String refused value %d of %d", i, batchSpans)
		}
	}
	if b.String("path", "x") {
		t.Error("String took a value past the batch's spans")
	}
	if !b.Clean() {
		t.Error("a batch of clean values is not clean")
	}
}

// TestBatchRemembersOnlyItsKey checks that a key remembered as plain does
// not answer for another key in the same slot of the batch's memory.
func TestBatchRemembersOnlyItsKey(t *testing.T) {
	for round := 0; round < 2; round++ {
		b := GetBatch(patterns.Default())
		if !b.String("pxxxxxxd", "x") {
			t.Error(`String("pxxxxxxd") refused a plain key`)
		}
		if b.String("password", "x") {
			t.Error(`String("password") took a sensitive key after a plain key of its slot`)
		}
		b.Done()
	}
}
