//go:build !purego

#include "textflag.h"

// The folded kernel (fold.go). A position's pair (a, b) is looked up in
// three steps of byte permutes, 64 positions at a time: a's row class r
// and b's column class c, each from a 256-byte map in two 128-byte
// halves; then bit c&7 of byte r*8+c>>3 of the 512-byte class matrix,
// whose four 128-byte quarters bits 4 and 5 of r choose between.

// TABLES loads the folded table at AX: row classes into Z0-Z3, column
// classes into Z4-Z7, the matrix into Z8-Z15, and FOLD's constants.
#define TABLES \
	VMOVDQU64 0(AX), Z0 \
	VMOVDQU64 64(AX), Z1 \
	VMOVDQU64 128(AX), Z2 \
	VMOVDQU64 192(AX), Z3 \
	VMOVDQU64 256(AX), Z4 \
	VMOVDQU64 320(AX), Z5 \
	VMOVDQU64 384(AX), Z6 \
	VMOVDQU64 448(AX), Z7 \
	VMOVDQU64 512(AX), Z8 \
	VMOVDQU64 576(AX), Z9 \
	VMOVDQU64 640(AX), Z10 \
	VMOVDQU64 704(AX), Z11 \
	VMOVDQU64 768(AX), Z12 \
	VMOVDQU64 832(AX), Z13 \
	VMOVDQU64 896(AX), Z14 \
	VMOVDQU64 960(AX), Z15 \
	MOVL $0xf8, CX \
	VPBROADCASTB CX, Z16 \
	MOVQ $0x8040201008040201, CX \
	VPBROADCASTQ CX, Z17 \
	MOVL $0x10, CX \
	VPBROADCASTB CX, Z18 \
	MOVL $0x20, CX \
	VPBROADCASTB CX, Z19

// FOLD sets bit k of R9 when the folded table holds the pair of byte k
// of Z20 and byte k of Z21.
#define FOLD \
	VPMOVB2M   Z20, K1 \
	VPMOVB2M   Z21, K2 \
	VMOVDQA64  Z20, Z22 \
	VPERMI2B   Z1, Z0, Z20 \
	VPERMI2B   Z3, Z2, Z22 \
	VPBLENDMB  Z22, Z20, K1, Z20 \
	VMOVDQA64  Z21, Z23 \
	VPERMI2B   Z5, Z4, Z21 \
	VPERMI2B   Z7, Z6, Z23 \
	VPBLENDMB  Z23, Z21, K2, Z21 \
	VPSLLW     $3, Z20, Z24 \
	VPSRLW     $3, Z21, Z25 \
	VPTERNLOGD $0xe4, Z16, Z25, Z24 \
	VPTESTMB   Z18, Z20, K3 \
	VPTESTMB   Z19, Z20, K4 \
	VMOVDQA64  Z24, Z26 \
	VMOVDQA64  Z24, Z27 \
	VMOVDQA64  Z24, Z28 \
	VPERMI2B   Z9, Z8, Z24 \
	VPERMI2B   Z11, Z10, Z26 \
	VPERMI2B   Z13, Z12, Z27 \
	VPERMI2B   Z15, Z14, Z28 \
	VPBLENDMB  Z26, Z24, K3, Z24 \
	VPBLENDMB  Z28, Z27, K3, Z27 \
	VPBLENDMB  Z27, Z24, K4, Z24 \
	VPSHUFB    Z21, Z17, Z29 \
	VPTESTMB   Z29, Z24, K5 \
	KMOVQ      K5, R9

// TAIL is FOLD for the na bytes at SI and the np pairs they hold, read
// through masks, which read nothing the mask leaves out whatever page
// follows; the bits past the pairs are clear. CX holds all ones.
#define TAIL(na, np) \
	BZHIQ na, CX, DX \
	KMOVQ DX, K6 \
	BZHIQ np, CX, R11 \
	KMOVQ R11, K7 \
	VMOVDQU8.Z (SI), K6, Z20 \
	VMOVDQU8.Z 1(SI), K7, Z21 \
	FOLD \
	ANDQ R11, R9

// func foldMasks(f *folded, p *byte, n, words int, dst *uint32)
TEXT ·foldMasks(SB), NOSPLIT, $0-40
	MOVQ f+0(FP), AX
	MOVQ p+8(FP), SI
	MOVQ n+16(FP), R8
	MOVQ words+24(FP), R10
	MOVQ dst+32(FP), DI
	TABLES
	MOVQ $-1, CX
	MOVL $32, R12

pairs:
	// Two words at a time while their 65 bytes are there.
	CMPQ R10, $2
	JLT  one
	CMPQ R8, $65
	JLT  lastpair
	VMOVDQU8 (SI), Z20
	VMOVDQU8 1(SI), Z21
	FOLD
	MOVQ R9, (DI)
	ADDQ $64, SI
	ADDQ $8, DI
	SUBQ $64, R8
	SUBQ $2, R10
	JMP  pairs

lastpair:
	// Two words from the last 33 to 64 bytes.
	LEAQ -1(R8), BX
	TAIL(R8, BX)
	MOVQ R9, (DI)
	JMP  done

one:
	// One word from at least one byte: min(n, 32) bytes
	// at p and min(n-1, 32) pairs.
	TESTQ   R10, R10
	JZ      done
	MOVQ    R8, BX
	CMPQ    BX, R12
	CMOVQGT R12, BX
	LEAQ    -1(R8), R13
	CMPQ    R13, R12
	CMOVQGT R12, R13
	TAIL(BX, R13)
	MOVL R9, (DI)

done:
	VZEROUPPER
	RET
