package patterns

import (
	"fmt"
	"os"
	"testing"
)

func TestZZCands(t *testing.T) {
	e := Default()
	pf := e.pf
	line := os.Getenv("ZZLINE")
	if line == "" {
		line = `{"level":"info","method":"GET","path":"/api/v1/orders/12345","status":200,"duration_ms":12.5,"user_id":"u_8f3a2c","request_id":"3f2b8c1e-9d4a-4e6b-8f1a-2c3d4e5f6a7b","bytes":5321,"remote_ip":"10.1.2.3","user_agent":"Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36","time":"2026-12-04T19:52:25Z","message":"request completed"}`
	}
	var nb, nbp, nw, nboth, nnone int
	for i := 0; i+1 < len(line); i++ {
		if !pf.holds(line, i) {
			continue
		}
		k := pf.bucket[uint16(line[i])<<8|uint16(line[i+1])]
		b := k != 0
		bp := b && pf.around[k].allows(line, i)
		w := pf.wakes(line, i)
		if b {
			nb++
		}
		if bp {
			nbp++
		}
		if w {
			nw++
		}
		if bp && w {
			nboth++
		}
		if !bp && !w {
			nnone++
		}
		if os.Getenv("ZZV") != "" {
			fmt.Printf("%3d %q bucket=%v pass=%v wakes=%v cls=%x\n", i, line[max(0, i-2):min(len(line), i+4)], b, bp, w, pf.class[line[i]])
		}
	}
	fmt.Printf("len %d bucket %d pass %d wakes %d none %d\n", len(line), nb, nbp, nw, nnone)
}
