//go:build !purego

#include "textflag.h"

// BLOCK looks up the pairs at positions off..off+7 and ORs their bits,
// shifted to off, into DX. The pair's index w = a<<8 | b selects bit w&31
// of the table's 32-bit word w>>5; a gather loads the eight words.
#define BLOCK(off) \
	VPMOVZXBD off(SI), Y0 \
	VPMOVZXBD (off+1)(SI), Y1 \
	VPSLLD    $8, Y0, Y0 \
	VPOR      Y1, Y0, Y0 \
	VPSRLD    $5, Y0, Y2 \
	VPAND     Y7, Y0, Y3 \
	VPCMPEQD  Y4, Y4, Y4 \
	VPXOR     Y5, Y5, Y5 \
	VPGATHERDD Y4, (AX)(Y2*4), Y5 \
	VPSRLVD   Y3, Y5, Y5 \
	VPSLLD    $31, Y5, Y5 \
	VMOVMSKPS Y5, BX \
	SHLL      $off, BX \
	ORL       BX, DX

// func maskAVX2(t *Table, p *byte) uint32
TEXT ·maskAVX2(SB), NOSPLIT, $0-20
	MOVQ t+0(FP), AX
	MOVQ p+8(FP), SI
	MOVL $31, CX
	VMOVD CX, X7
	VPBROADCASTD X7, Y7
	XORL DX, DX
	BLOCK(0)
	BLOCK(8)
	BLOCK(16)
	BLOCK(24)
	VZEROUPPER
	MOVL DX, ret+16(FP)
	RET

// func maskBlocksAVX2(t *Table, p *byte, n int, dst *uint32)
//
// Mask32 for n blocks in a row, into dst[0:n]: one call for a whole
// line's blocks.
TEXT ·maskBlocksAVX2(SB), NOSPLIT, $0-32
	MOVQ t+0(FP), AX
	MOVQ p+8(FP), SI
	MOVQ n+16(FP), R8
	MOVQ dst+24(FP), DI
	MOVL $31, CX
	VMOVD CX, X7
	VPBROADCASTD X7, Y7

blocks:
	XORL DX, DX
	BLOCK(0)
	BLOCK(8)
	BLOCK(16)
	BLOCK(24)
	MOVL DX, (DI)
	ADDQ $32, SI
	ADDQ $4, DI
	DECQ R8
	JNZ  blocks
	VZEROUPPER
	RET
