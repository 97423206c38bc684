package patterns

import (
	"errors"
	"math/rand/v2"
	"os"
	"os/exec"
	"slices"
	"strconv"
	"syscall"
	"testing"

	"github.com/nyaruka/phonenumbers"
)

// TestPhonePlanAgreesWithLibphonenumber runs libphonenumber itself beside
// the engine's reading of its plans: for every region and type of number,
// its example number and mutations of it (other last digits, one digit
// short or long, another first digit), written internationally and
// nationally, must be judged alike.
func TestPhonePlanAgreesWithLibphonenumber(t *testing.T) {
	rng := rand.New(rand.NewPCG(14, 1))
	types := []phonenumbers.PhoneNumberType{
		phonenumbers.FIXED_LINE, phonenumbers.MOBILE, phonenumbers.TOLL_FREE, phonenumbers.PREMIUM_RATE,
		phonenumbers.SHARED_COST, phonenumbers.VOIP, phonenumbers.PERSONAL_NUMBER, phonenumbers.PAGER,
		phonenumbers.UAN, phonenumbers.VOICEMAIL,
	}
	byID := map[string]*phoneRegion{}
	for _, r := range plans().all {
		if r.id != "001" {
			byID[r.id] = r
		}
	}
	var regions []string
	for r := range phonenumbers.GetSupportedRegions() {
		regions = append(regions, r)
	}
	slices.Sort(regions)
	var examples []*phonenumbers.PhoneNumber
	for _, region := range regions {
		for _, typ := range types {
			if ex := phonenumbers.GetExampleNumberForType(region, typ); ex != nil {
				examples = append(examples, ex)
			}
		}
	}
	for cc := range phonenumbers.GetSupportedGlobalNetworkCallingCodes() {
		if ex := phonenumbers.GetExampleNumberForNonGeoEntity(cc); ex != nil {
			examples = append(examples, ex)
		}
	}
	intl, national, bad := 0, 0, 0
	for _, ex := range examples {
		cc := strconv.Itoa(int(ex.GetCountryCode()))
		nsn := phonenumbers.GetNationalSignificantNumber(ex)
		for _, v := range phoneMutations(rng, nsn) {
			digits := cc + v
			want := false
			if n, err := phonenumbers.Parse("+"+digits, ""); err == nil {
				want = phonenumbers.IsValidNumber(n)
			}
			if _, got := validIntlPhone(digits); got != want {
				bad++
				if bad <= 20 {
					t.Errorf("validIntlPhone(%q) = %v, libphonenumber says %v", digits, got, want)
				}
			}
			intl++
			n, err := phonenumbers.Parse("+"+digits, "")
			if err != nil {
				continue
			}
			region := phonenumbers.GetRegionCodeForNumber(n)
			r := byID[region]
			if r == nil {
				continue
			}
			nat := phonenumbers.NormalizeDigitsOnly(phonenumbers.Format(n, phonenumbers.NATIONAL))
			want = false
			if m, err := phonenumbers.Parse(nat, region); err == nil {
				want = phonenumbers.IsValidNumber(m)
			}
			if got := r.validNationalIn(nat); got != want {
				bad++
				if bad <= 20 {
					t.Errorf("%s: validNationalIn(%q) = %v, libphonenumber says %v", region, nat, got, want)
				}
			}
			national++
		}
	}
	// Random digits after every calling code: mostly invalid numbers.
	for cc := range phonenumbers.GetSupportedCallingCodes() {
		for range 30 {
			b := []byte(strconv.Itoa(cc))
			for n := 4 + rng.IntN(11); n > 0; n-- {
				b = append(b, byte('0'+rng.IntN(10)))
			}
			digits := string(b)
			want := false
			if n, err := phonenumbers.Parse("+"+digits, ""); err == nil {
				want = phonenumbers.IsValidNumber(n)
			}
			if _, got := validIntlPhone(digits); got != want {
				bad++
				if bad <= 20 {
					t.Errorf("validIntlPhone(%q) = %v, libphonenumber says %v", digits, got, want)
				}
			}
			intl++
		}
	}
	if intl < 5000 || national < 3000 {
		t.Errorf("compared %d international and %d national numbers, want more", intl, national)
	}
	t.Logf("compared %d international and %d national numbers from %d examples", intl, national, len(examples))
}

// phoneMutations returns nsn and numbers near it.
func phoneMutations(rng *rand.Rand, nsn string) []string {
	out := []string{nsn, nsn[:len(nsn)-1], nsn + strconv.Itoa(rng.IntN(10))}
	for range 4 {
		b := []byte(nsn)
		for i := max(0, len(b)-3); i < len(b); i++ {
			b[i] = byte('0' + rng.IntN(10))
		}
		out = append(out, string(b))
	}
	for range 2 {
		b := []byte(nsn)
		b[0] = byte('0' + rng.IntN(10))
		out = append(out, string(b))
	}
	return out
}

// TestPhonePlanLazy proves that the plans cost nothing until a number
// needs them: in a fresh process, building the default engine and
// redacting text with digits in it leaves them unread, and the first
// phone-shaped candidate reads them.
func TestPhonePlanLazy(t *testing.T) {
	if os.Getenv("LOGREDACT_PHONE_LAZY") == "1" {
		e := Default()
		for _, s := range []string{"request completed in 12.5 ms", "GET /api/v1/orders/12345 200 5321", `{"status":200,"bytes":5321}`, "10.1.2.3 - - [30/Nov/2026:09:39:28 +0000]"} {
			e.RedactString(s)
		}
		if phonePlanLoaded.Load() {
			t.Fatal("phone plans were read before any phone-shaped candidate")
		}
		e.RedactString("call +44 20 7946 0958")
		if !phonePlanLoaded.Load() {
			t.Fatal("phone plans were not read for a phone number")
		}
		return
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestPhonePlanLazy$")
	cmd.Env = append(os.Environ(), "LOGREDACT_PHONE_LAZY=1")
	if out, err := cmd.CombinedOutput(); err != nil {
		if errors.Is(err, syscall.ENOEXEC) {
			// Under an emulator (GOARCH=arm64 through qemu-user) the test
			// binary cannot start a copy of itself.
			t.Skipf("the test binary cannot run itself here: %v", err)
		}
		t.Fatalf("child process: %v\n%s", err, out)
	}
}
