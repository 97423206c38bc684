//go:build !purego

#include "textflag.h"

// func markBlocks(p *byte, n int, stop, quote *uint32), with AVX2
//
// Per block: one compare for quotes, one for backslashes, and x equal to
// min(x, 0x1f) for control bytes; the byte masks become bits with
// VPMOVMSKB.
TEXT ·markBlocks(SB), NOSPLIT, $0-32
	MOVQ p+0(FP), SI
	MOVQ n+8(FP), CX
	MOVQ stop+16(FP), DI
	MOVQ quote+24(FP), DX
	MOVL $0x22, AX
	VMOVD AX, X1
	VPBROADCASTB X1, Y1
	MOVL $0x5c, AX
	VMOVD AX, X2
	VPBROADCASTB X2, Y2
	MOVL $0x1f, AX
	VMOVD AX, X3
	VPBROADCASTB X3, Y3

loop:
	VMOVDQU  (SI), Y0
	VPCMPEQB Y0, Y1, Y4
	VPMOVMSKB Y4, AX
	MOVL     AX, (DX)
	VPCMPEQB Y0, Y2, Y5
	VPMINUB  Y0, Y3, Y6
	VPCMPEQB Y0, Y6, Y6
	VPOR     Y4, Y5, Y5
	VPOR     Y5, Y6, Y6
	VPMOVMSKB Y6, AX
	MOVL     AX, (DI)
	ADDQ     $32, SI
	ADDQ     $4, DI
	ADDQ     $4, DX
	DECQ     CX
	JNZ      loop
	VZEROUPPER
	RET
