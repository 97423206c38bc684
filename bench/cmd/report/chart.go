package main

import (
	"fmt"
	"image/color"
	"io"
	"math"
	"os"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
	"gonum.org/v1/plot/vg/vgsvg"

	"github.com/logredact/logredact/bench"
)

// series is one set of bars: one value per category.
type series struct {
	name   string
	values []float64
	color  color.Color
}

var (
	colRedact = color.RGBA{R: 0x1b, G: 0x9e, B: 0x77, A: 0xff}
	colDirty  = color.RGBA{R: 0x66, G: 0xa6, B: 0x1e, A: 0xff}
	colRegexp = color.RGBA{R: 0xd9, G: 0x5f, B: 0x02, A: 0xff}
	colEngine = color.RGBA{R: 0x75, G: 0x70, B: 0xb3, A: 0xff}
)

// writeCharts draws the chart and writes it as PNG and as SVG; an empty
// path skips that format.
func writeCharts(gs []*group, pngPath, svgPath string) error {
	left, right, err := charts(gs)
	if err != nil {
		return err
	}
	const w, h = 11 * vg.Inch, 4.5 * vg.Inch
	png := vgimg.PngCanvas{Canvas: vgimg.NewWith(vgimg.UseWH(w, h), vgimg.UseDPI(110))}
	svg := vgsvg.New(w, h)
	for _, out := range []struct {
		c    vg.CanvasWriterTo
		path string
	}{{png, pngPath}, {svg, svgPath}} {
		if out.path == "" {
			continue
		}
		dc := draw.New(out.c)
		tiles := draw.Tiles{Rows: 1, Cols: 2, PadX: vg.Inch / 3, PadTop: vg.Inch / 8, PadBottom: vg.Inch / 8, PadLeft: vg.Inch / 8, PadRight: vg.Inch / 8}
		cs := plot.Align([][]*plot.Plot{{left, right}}, tiles, dc)
		left.Draw(cs[0][0])
		right.Draw(cs[0][1])
		if err := writeTo(out.path, out.c); err != nil {
			return err
		}
	}
	return nil
}

func writeTo(path string, w io.WriterTo) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if _, err := w.WriteTo(f); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// charts returns the ratio chart (per logger, over the plain logger) and
// the throughput chart (MB/s per engine).
func charts(gs []*group) (*plot.Plot, *plot.Plot, error) {
	loggers := []string{"slog", "zap", "zerolog"}
	ratios := []series{
		{"CLEAN +redact", make([]float64, len(loggers)), colRedact},
		{"DIRTY +redact", make([]float64, len(loggers)), colDirty},
		{"DIRTY +regexp", make([]float64, len(loggers)), colRegexp},
	}
	var engines []string
	var speeds []float64
	for _, g := range gs {
		k := -1
		for i, l := range loggers {
			if l == g.label {
				k = i
			}
		}
		p, r, h := g.find(g.label+bench.Plain), g.find(g.label+bench.Redact), g.find(g.label+bench.HandRoll)
		switch {
		case g.section == secClean && k >= 0 && p >= 0 && r >= 0:
			ratios[0].values[k] = g.ratio(r, p)
		case g.section == secDirty && k >= 0 && p >= 0 && r >= 0 && h >= 0:
			ratios[1].values[k] = g.ratio(r, p)
			ratios[2].values[k] = g.ratio(h, p)
		case g.section == secEngine:
			for i, c := range g.cases {
				engines = append(engines, c.Name)
				speeds = append(speeds, g.stat(i, mbpsOf))
			}
		}
	}
	left, err := logBars("Cost per event over the plain logger", "time per event / plain logger's (log scale)", loggers, ratios, 1, "x")
	if err != nil {
		return nil, nil, err
	}
	right, err := logBars("Engine throughput over the corpus", "MB/s (log scale)", engines, []series{{"MB/s", speeds, colEngine}}, 0, "")
	if err != nil {
		return nil, nil, err
	}
	return left, right, nil
}

// logBars draws grouped bars on a log scale. Bars rise from base (1 for a
// ratio: a bar below it means faster than plain), since a log axis has no
// zero to start them from; base 0 starts them from the power of ten below
// the smallest value. Missing values (0) are left out.
func logBars(title, ylabel string, cats []string, ss []series, base float64, suffix string) (*plot.Plot, error) {
	p := plot.New()
	p.Title.Text = title
	p.Y.Label.Text = ylabel
	p.Y.Scale = plot.LogScale{}
	p.Y.Tick.Marker = plot.LogTicks{Prec: -1}
	p.Legend.Top, p.Legend.Left = true, true
	p.Legend.XOffs, p.Legend.YOffs = vg.Inch/4, -vg.Inch/5
	if len(cats) == 0 {
		// The section did not run; a log axis still needs a range.
		p.Title.Text += " (not run)"
		p.Y.Min, p.Y.Max = 1, 10
		return p, nil
	}
	if base <= 0 {
		base = math.Inf(1)
		for _, s := range ss {
			for _, v := range s.values {
				if v > 0 {
					base = math.Min(base, math.Pow(10, math.Floor(math.Log10(v))))
				}
			}
		}
		if math.IsInf(base, 1) {
			base = 1
		}
	}
	width := vg.Points(60 / float64(len(ss)))
	baseVals := make(plotter.Values, len(cats))
	for i := range baseVals {
		baseVals[i] = base
	}
	floor, err := plotter.NewBarChart(baseVals, width)
	if err != nil {
		return nil, err
	}
	lo, hi := base, base
	for k, s := range ss {
		vals := make(plotter.Values, len(cats))
		var xys plotter.XYs
		var labels []string
		for i, v := range s.values {
			if v <= 0 || math.IsNaN(v) {
				continue
			}
			vals[i] = v - base
			lo, hi = math.Min(lo, v), math.Max(hi, v)
			xys = append(xys, plotter.XY{X: float64(i), Y: v})
			labels = append(labels, label(v, suffix))
		}
		bars, err := plotter.NewBarChart(vals, width)
		if err != nil {
			return nil, err
		}
		bars.StackOn(floor)
		bars.Color = s.color
		bars.LineStyle.Width = 0
		bars.Offset = vg.Length(float64(k)-float64(len(ss)-1)/2) * width
		p.Add(bars)
		if len(ss) > 1 {
			p.Legend.Add(s.name, bars)
		}
		if len(xys) > 0 {
			ls, err := plotter.NewLabels(plotter.XYLabels{XYs: xys, Labels: labels})
			if err != nil {
				return nil, err
			}
			for i := range ls.TextStyle {
				ls.TextStyle[i].Font.Size = vg.Points(8)
				ls.TextStyle[i].XAlign = draw.XCenter
			}
			ls.Offset = vg.Point{X: bars.Offset, Y: vg.Points(2)}
			p.Add(ls)
		}
	}
	p.NominalX(cats...)
	// Room above the tallest bar for its label, and below the base.
	p.Y.Min, p.Y.Max = lo/2, hi*12
	return p, nil
}

func label(v float64, suffix string) string {
	switch {
	case v < 10:
		return fmt.Sprintf("%.2f%s", v, suffix)
	case v < 100:
		return fmt.Sprintf("%.1f%s", v, suffix)
	}
	return fmt.Sprintf("%.0f%s", v, suffix)
}
