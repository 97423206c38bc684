package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strconv"
	"testing"
	"time"
)

// memoryLimit is the peak resident size allowed for the filter on a
// 200 MB stream: chunks in flight, their outputs, the long-line window and
// the Go runtime, with room for the garbage collector's slack. It does not
// grow with the input.
const memoryLimit = 64 << 20

// TestMemoryBounded streams 200 MB, a 30 MB line among them, through the
// binary and checks its peak resident size, the high-water mark the kernel
// keeps as VmHWM in /proc/PID/status. (getrusage's ru_maxrss would not do:
// it counts the test process's own memory, which the child shared until
// exec.)
func TestMemoryBounded(t *testing.T) {
	if testing.Short() {
		t.Skip("streams 200 MB")
	}
	block := []byte(orderedInput(10000)) // about 500 KB, findings on 3 lines in 5
	longLine, _, _ := buildLongLine(30<<20, boundaryPlants(defaultMaxLine, 20))
	const total = 200 << 20

	cmd := exec.Command(binPath, "-j", "2")
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	peaks := make(chan int64)
	go watchPeak(cmd.Process.Pid, peaks)
	go func() {
		defer stdin.Close()
		written := 0
		for written < total {
			if written >= total/2 && written < total/2+len(block) {
				io.WriteString(stdin, longLine+"\n")
				written += len(longLine) + 1
			}
			n, err := stdin.Write(block)
			if err != nil {
				return
			}
			written += n
		}
	}()
	out, leaks := drain(stdout, []string{"4111 1111 1111 1111", "alice@example.com", "password=hunter2", "AKIAIOSFODNN7EXAMPLE"})
	peak := <-peaks
	if err := cmd.Wait(); err != nil {
		t.Fatalf("logredact: %v", err)
	}
	if out < total*9/10 {
		t.Errorf("wrote %d bytes for %d in", out, total)
	}
	if leaks > 0 {
		t.Errorf("%d planted values survived", leaks)
	}
	if peak == 0 {
		t.Skip("no VmHWM in /proc on this system")
	}
	t.Logf("peak RSS %.1f MiB for a %d MiB stream", float64(peak)/(1<<20), total>>20)
	if peak > memoryLimit {
		t.Errorf("peak RSS %d MiB, limit %d MiB", peak>>20, memoryLimit>>20)
	}
}

// drain reads r to the end, counting bytes and occurrences of the needles,
// also across read boundaries.
func drain(r io.Reader, needles []string) (n int64, hits int) {
	bs := make([][]byte, len(needles))
	for i, s := range needles {
		bs[i] = []byte(s)
	}
	buf := make([]byte, 1<<20)
	keep := 0
	for {
		m, err := r.Read(buf[keep:])
		n += int64(m)
		data := buf[:keep+m]
		for _, b := range bs {
			hits += bytes.Count(data, b)
		}
		// Keep a tail shorter than any needle, so that a needle is
		// never counted twice.
		keep = min(len(data), 15)
		copy(buf, data[len(data)-keep:])
		if err != nil {
			return n, hits
		}
	}
}

// watchPeak polls the process's VmHWM until its output has ended and
// sends the last value: the mark only rises, so the last reading is the
// peak but for the final instants.
func watchPeak(pid int, peaks chan<- int64) {
	path := fmt.Sprintf("/proc/%d/status", pid)
	var peak int64
	for {
		select {
		case peaks <- peak:
			return
		case <-time.After(10 * time.Millisecond):
		}
		data, err := os.ReadFile(path)
		if err != nil {
			continue
		}
		for _, line := range bytes.Split(data, []byte("\n")) {
			if rest, ok := bytes.CutPrefix(line, []byte("VmHWM:")); ok {
				if kb, err := strconv.ParseInt(string(bytes.TrimSpace(bytes.TrimSuffix(bytes.TrimSpace(rest), []byte("kB")))), 10, 64); err == nil {
					peak = kb << 10
				}
			}
		}
	}
}
