package patterns

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
)

// Phone numbers are validated against each country's numbering plan: the
// lengths and leading digits of its fixed-line, mobile, toll-free and
// other numbers, and how its national trunk prefix is written. The plans
// are libphonenumber's, read from github.com/nyaruka/phonenumbers by
// TestPhonePlanData into phone_plan_data.go, and the checks below follow
// that library's IsValidNumber; a test holds the two to the same answers.
//
// The plans are text rather than an import of that package because its
// init parses all of its metadata on every program start (7 ms and 2.5 MB
// of heap, plus 6 MB of binary for the protobuf runtime it needs), whether
// or not a phone number is ever logged. Here nothing happens until the
// first phone-shaped candidate: then the text is split into regions, and a
// region's patterns are compiled the first time a number of its calling
// code is checked.

// phoneDesc is one kind of number of a region: a pattern over the national
// significant number and the lengths it may have.
type phoneDesc struct {
	pattern string
	// lens has bit n set when n digits are possible; 0 for a number
	// type means the lengths of the region's general description.
	lens uint32
}

func (d phoneDesc) hasLen(n int) bool { return d.lens == 0 || n < 32 && d.lens&(1<<n) != 0 }

type phoneRegion struct {
	id          string
	cc          int
	ccText      string
	npfp        string // national prefix for parsing, a regexp
	transform   string // its replacement, when the prefix rewrites the number
	leading     string // leading digits that pick this region among those of its code
	generalDesc phoneDesc
	local       uint32 // lengths only dialable locally, without an area code
	typeDescs   []phoneDesc

	// The regexps are compiled on first use, each group apart: a
	// national number is tried against every region's trunk prefix, but
	// against few regions' number types.
	onceGeneral, onceTypes, onceLeading sync.Once
	reGeneral                           *regexp.Regexp
	reNPFP                              *regexp.Regexp
	reTypes                             []*regexp.Regexp
	reLeading                           *regexp.Regexp
}

type phonePlan struct {
	byCC [1000][]*phoneRegion
	// all lists every region, those whose numbers services log most
	// often first: a national number is tried against each in turn.
	all []*phoneRegion
}

// phoneFirst are the regions national numbers are tried in first. The
// order only changes how soon a valid number is recognized.
const phoneFirst = "US GB CA AU DE FR IN ES IT NL BR MX JP CN IE NZ ZA SE NO DK FI CH AT BE PT PL RU TR SG HK KR PH ID MY TH VN AR CO CL PE NG KE EG SA AE IL PK BD UA CZ GR HU RO"

var (
	phonePlanOnce sync.Once
	phonePlanAll  *phonePlan
	// phonePlanLoaded reports whether the plans have been read, for the
	// test that proves they are read only on demand.
	phonePlanLoaded atomic.Bool
)

// plans returns the numbering plans, reading them on first use.
func plans() *phonePlan {
	phonePlanOnce.Do(func() {
		phonePlanAll = parsePhonePlan(phonePlanData)
		phonePlanLoaded.Store(true)
	})
	return phonePlanAll
}

// parsePhonePlan reads the line format written by TestPhonePlanData:
// calling code, region, national prefix for parsing, its transform rule,
// leading digits, general pattern, its lengths, local-only lengths, then
// pattern and lengths of each type of number. Strings are slices of data.
func parsePhonePlan(data string) *phonePlan {
	p := &phonePlan{}
	for line := range strings.SplitSeq(data, "\n") {
		if line == "" {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 8 || len(f)%2 != 0 {
			panic("patterns: malformed phone plan line: " + line)
		}
		cc, err := strconv.Atoi(f[0])
		if err != nil || cc <= 0 || cc >= len(p.byCC) {
			panic("patterns: malformed phone plan line: " + line)
		}
		r := &phoneRegion{id: f[1], cc: cc, ccText: f[0], npfp: f[2], transform: f[3], leading: f[4],
			generalDesc: phoneDesc{pattern: f[5], lens: phoneLens(f[6])}, local: phoneLens(f[7])}
		for i := 8; i+1 < len(f); i += 2 {
			r.typeDescs = append(r.typeDescs, phoneDesc{pattern: f[i], lens: phoneLens(f[i+1])})
		}
		p.byCC[cc] = append(p.byCC[cc], r)
		p.all = append(p.all, r)
	}
	rank := func(r *phoneRegion) int {
		if i := strings.Index(phoneFirst, r.id); i >= 0 && len(r.id) == 2 {
			return i
		}
		return len(phoneFirst)
	}
	slices.SortStableFunc(p.all, func(a, b *phoneRegion) int { return rank(a) - rank(b) })
	return p
}

func phoneLens(s string) uint32 {
	var m uint32
	for f := range strings.SplitSeq(s, ",") {
		if n, err := strconv.Atoi(f); err == nil && n > 0 && n < 32 {
			m |= 1 << n
		}
	}
	return m
}

// general compiles the general pattern and the national prefix.
func (r *phoneRegion) general() {
	r.onceGeneral.Do(func() {
		r.reGeneral = regexp.MustCompile("^(?:" + r.generalDesc.pattern + ")$")
		if r.npfp != "" {
			r.reNPFP = regexp.MustCompile("^(?:" + r.npfp + ")")
		}
	})
}

// types compiles the patterns of each type of number.
func (r *phoneRegion) types() {
	r.onceTypes.Do(func() {
		r.reTypes = make([]*regexp.Regexp, len(r.typeDescs))
		for i, d := range r.typeDescs {
			r.reTypes[i] = regexp.MustCompile("^(?:" + d.pattern + ")$")
		}
	})
}

// leadingDigits compiles the leading digits that pick r among the
// regions of its code.
func (r *phoneRegion) leadingDigits() *regexp.Regexp {
	r.onceLeading.Do(func() { r.reLeading = regexp.MustCompile("^(?:" + r.leading + ")") })
	return r.reLeading
}

// valid reports whether the national significant number nsn is a number
// of some type in r.
func (r *phoneRegion) valid(nsn string) bool {
	if !r.generalDesc.hasLen(len(nsn)) {
		return false
	}
	r.general()
	if !r.reGeneral.MatchString(nsn) {
		return false
	}
	r.types()
	for i, d := range r.typeDescs {
		if d.hasLen(len(nsn)) && r.reTypes[i].MatchString(nsn) {
			return true
		}
	}
	return false
}

// validNSN reports whether nsn is a valid number of calling code cc: the
// region its leading digits pick, or else any region of the code, must
// have a number of that form.
func (p *phonePlan) validNSN(cc int, nsn string) bool {
	if len(nsn) < 2 || len(nsn) > 17 {
		return false
	}
	rs := p.byCC[cc]
	if len(rs) == 1 {
		return rs[0].valid(nsn)
	}
	for _, r := range rs {
		if r.leading != "" {
			if r.leadingDigits().MatchString(nsn) {
				return r.valid(nsn)
			}
		} else if r.valid(nsn) {
			return true
		}
	}
	return false
}

// phoneLength is how the general lengths of a region judge a number.
type phoneLength uint8

const (
	lenPossible phoneLength = iota
	lenTooShort
	lenTooLong
	lenLocalOnly
	lenInvalid
)

func (r *phoneRegion) length(n int) phoneLength {
	if n < 32 && r.local&(1<<n) != 0 {
		return lenLocalOnly
	}
	lens := r.generalDesc.lens
	if lens == 0 {
		return lenPossible
	}
	lo, hi := 0, 0
	for b := 1; b < 32; b++ {
		if lens&(1<<b) != 0 {
			if lo == 0 {
				lo = b
			}
			hi = b
		}
	}
	switch {
	case n < lo:
		return lenTooShort
	case n > hi:
		return lenTooLong
	case lens&(1<<n) != 0:
		return lenPossible
	}
	return lenInvalid
}

// stripNationalPrefix removes the trunk prefix a national number is
// dialled with ("0" in "020 7946 0958"), as the parser does: not when the
// number was valid with it and would not be without it.
func (r *phoneRegion) stripNationalPrefix(n string) (string, bool) {
	if r.npfp == "" || n == "" {
		return n, false
	}
	r.general()
	m := r.reNPFP.FindStringSubmatchIndex(n)
	if m == nil {
		return n, false
	}
	viable := r.reGeneral.MatchString(n)
	last := len(m)/2 - 1
	if r.transform == "" || m[2*last] < 0 {
		rest := n[m[1]:]
		if viable && !r.reGeneral.MatchString(rest) {
			return n, false
		}
		return rest, true
	}
	t := r.reNPFP.ReplaceAllString(n, r.transform)
	if viable && !r.reGeneral.MatchString(t) {
		return n, false
	}
	return t, true
}

// significant turns a number written for r (after its calling code, or
// dialled nationally) into its national significant number.
func (r *phoneRegion) significant(n string) string {
	if s, ok := r.stripNationalPrefix(n); ok {
		switch r.length(len(s)) {
		case lenPossible, lenTooLong:
			return s
		}
	}
	return n
}

// validIntlPhone reports whether digits, the digits after a "+" or an
// international call prefix, are a valid number; cc is the length of its
// calling code.
func validIntlPhone(digits string) (ccLen int, ok bool) {
	if len(digits) < 4 || digits[0] == '0' {
		return 0, false
	}
	p := plans()
	for n := 1; n <= 3 && n < len(digits); n++ {
		cc, _ := strconv.Atoi(digits[:n])
		if rs := p.byCC[cc]; len(rs) > 0 {
			return n, p.validNSN(cc, rs[0].significant(digits[n:]))
		}
	}
	return 0, false
}

// callingCodeLen returns the length of the calling code that starts
// digits, or 0.
func callingCodeLen(digits string) int {
	if digits == "" || digits[0] == '0' {
		return 0
	}
	p := plans()
	for n := 1; n <= 3 && n <= len(digits); n++ {
		cc, _ := strconv.Atoi(digits[:n])
		if len(p.byCC[cc]) > 0 {
			return n
		}
	}
	return 0
}

// validNationalIn reports whether digits, dialled within region r, are a
// valid number, as the parser reads a number given a default region: a
// number that starts with r's own calling code may be written without its
// "+".
func (r *phoneRegion) validNationalIn(digits string) bool {
	p := plans()
	n, meta := digits, r
	if strings.HasPrefix(n, r.ccText) {
		r.general()
		pot, _ := r.stripNationalPrefix(n[len(r.ccText):])
		if !r.reGeneral.MatchString(n) && r.reGeneral.MatchString(pot) || r.length(len(n)) == lenTooLong {
			// The parser then reads the number as its calling code's
			// main region does.
			n, meta = pot, p.byCC[r.cc][0]
		}
	}
	return p.validNSN(r.cc, meta.significant(n))
}

// validNationalPhone reports whether digits, written without a calling
// code, are a valid number in some region. Without the country the
// number is only as certain as the context that says it is a phone number,
// which is why national numbers are only looked for after one.
func validNationalPhone(digits string) bool {
	if len(digits) < 5 || len(digits) > 17 {
		return false
	}
	for _, r := range plans().all {
		if r.validNationalIn(digits) {
			return true
		}
	}
	return false
}
