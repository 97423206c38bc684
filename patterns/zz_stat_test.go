package patterns
import ("testing";"fmt";"github.com/logredact/logredact/internal/workload")
func TestZZStat(t *testing.T){
	e:=Default(); pf:=e.pf
	var inputs []string
	inputs=append(inputs, workload.CleanMessage)
	for _,f:=range workload.CleanFields{ if v,ok:=f.Value.(string);ok{inputs=append(inputs,v)}}
	inputs=append(inputs,"u_8f3a2c-order-12345", benchCorpus(1<<20))
	for _,s:=range inputs{
	first,bits,ver:=0,0,0
	for i:=0;i+1<len(s);i++{ c:=s[i]; if !pf.first[c]{continue}; first++
		w:=uint16(c)<<8|uint16(s[i+1]); if pf.bits[w>>6]&(1<<(w&63))==0{continue}; bits++
		if b:=pf.bucket[w];b!=0{ ver+=len(pf.buckets[b]) }}
	n:=len(s); if n>60 {n=60}
	fmt.Printf("%-62q len=%7d first=%6d bits=%6d verify=%6d\n", s[:n], len(s), first,bits,ver)}
}
