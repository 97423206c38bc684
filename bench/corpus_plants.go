package bench

import (
	"fmt"
	"strings"
	"time"
)

// Planted values are generated from their format at run time, never
// written out, so that no scanner mistakes this source for a leak and no
// value can be a live credential.

const (
	alnumChars   = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
	base32Chars  = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
	passwordSyms = alnumChars + "!#%^*-_"
)

var (
	firstNames = []string{"alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi", "ivan", "judy"}
	lastNames  = []string{"smith", "jones", "garcia", "chen", "mueller", "rossi", "kim", "novak", "silva", "okafor"}
	domains    = []string{"example.com", "example.org", "example.net", "mail.example.com", "corp.example.co.uk"}
)

// plant appends one line that holds one sensitive value.
func (g *generator) plant() {
	t := g.now().Format(time.RFC3339Nano)
	switch g.r.IntN(10) {
	case 0:
		g.write("time=", t, " level=info msg=\"password reset link sent\" to=")
		g.secret("email", g.email())
		g.write(" request_id=", g.uuid())
	case 1:
		g.write(`{"level":"warn","time":"`, t, `","message":"login failed","email":"`)
		g.secret("email", g.email())
		g.write(`","attempts":`, fmt.Sprint(1+g.r.IntN(5)), `,"remote_ip":"`, g.ip(), `"}`)
	case 2:
		e := strings.Replace(g.email(), "@", "%40", 1)
		fmt.Fprintf(&g.b, "%s - - [%s] \"GET /api/v1/newsletter/subscribe?email=", g.ip(), g.now().Format("02/Jan/2006:15:04:05 -0700"))
		g.secret("email", e)
		g.write("&src=footer HTTP/1.1\" 204 0 \"-\" \"", pick(g, agents), "\"")
	case 3:
		g.write("time=", t, " level=error msg=\"payment declined\" amount_cents=", fmt.Sprint(g.r.IntN(100_000)), " card=")
		g.secret("credit-card", g.card())
		g.write(" reason=insufficient_funds")
	case 4:
		g.write(`{"level":"error","ts":`, fmt.Sprintf("%.6f", float64(g.now().UnixMicro())/1e6), `,"msg":"charge failed for `)
		g.secret("credit-card", g.card())
		g.write(`","gateway":"stripe","order_id":`, fmt.Sprint(g.r.Int64N(1e10)), `}`)
	case 5:
		g.write("time=", t, " level=warn msg=\"identity check failed\" applicant ")
		g.secret("us-ssn", g.ssn())
		g.write(" status=manual_review")
	case 6:
		g.write("time=", t, " level=debug msg=\"connecting to database\" host=db.internal user=app password=")
		g.secret("sensitive-key", g.password())
		g.write(" sslmode=require")
	case 7:
		g.write(`{"level":"debug","time":"`, t, `","message":"outgoing request","headers":{"Accept":"application/json","Authorization":"`)
		// The scheme word stays visible: the credential is the finding.
		g.write("Bearer ")
		g.secret("bearer-token", g.token(alnumChars, 40))
		g.write(`"}}`)
	case 8:
		g.write("time=", t, " level=info msg=\"cloning private repository\" repo=acme/shop token ")
		g.secret("github-pat", "ghp_"+g.token(alnumChars, 36))
		g.write(" depth=1")
	default:
		g.write(`{"level":"warn","time":"`, t, `","message":"static credentials in use","access_key_id":"`)
		g.secret("aws-access-key-id", "AKIA"+g.token(base32Chars, 16))
		g.write(`","region":"eu-west-1"}`)
	}
	g.endLine()
}

func (g *generator) token(charset string, n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = charset[g.r.IntN(len(charset))]
	}
	return string(b)
}

func (g *generator) email() string {
	sep := pick(g, []string{".", "_", ""})
	return fmt.Sprintf("%s%s%s%d@%s", pick(g, firstNames), sep, pick(g, lastNames), g.r.IntN(100), pick(g, domains))
}

func (g *generator) password() string {
	return g.token(passwordSyms, 10+g.r.IntN(14))
}

// ssn returns a number valid by SSA rules: area 001-665 or 667-899,
// group 01-99, serial 0001-9999.
func (g *generator) ssn() string {
	area := 1 + g.r.IntN(898)
	if area == 666 {
		area = 667
	}
	return fmt.Sprintf("%03d-%02d-%04d", area, 1+g.r.IntN(99), 1+g.r.IntN(9999))
}

// card returns a Luhn-valid Visa, Mastercard or Amex number, grouped as
// printed or bare.
func (g *generator) card() string {
	var digits string
	switch g.r.IntN(3) {
	case 0:
		digits = "4" + g.digits(14)
	case 1:
		digits = fmt.Sprint(51+g.r.IntN(5)) + g.digits(13)
	default:
		digits = pick(g, []string{"34", "37"}) + g.digits(12)
	}
	digits += luhnDigit(digits)
	if g.r.IntN(2) == 0 {
		return digits
	}
	if len(digits) == 15 {
		return digits[:4] + " " + digits[4:10] + " " + digits[10:]
	}
	return digits[:4] + " " + digits[4:8] + " " + digits[8:12] + " " + digits[12:]
}

func (g *generator) digits(n int) string {
	return g.token("0123456789", n)
}

// luhnDigit returns the check digit that makes p followed by it
// Luhn-valid.
func luhnDigit(p string) string {
	sum, double := 0, true
	for i := len(p) - 1; i >= 0; i-- {
		d := int(p[i] - '0')
		if double {
			d *= 2
			if d > 9 {
				d -= 9
			}
		}
		sum += d
		double = !double
	}
	return fmt.Sprint((10 - sum%10) % 10)
}
