//go:build !purego

#include "textflag.h"

// func markBlocks(p *byte, n int, stop, quote *uint32), with NEON
//
// Per block of 32 bytes, in two registers of 16: compares for quotes and
// backslashes, and x equal to min(x, 0x1f) for control bytes. NEON has no
// byte mask move: each compare result is ANDed with the bit weights
// 1, 2, 4, ... 128 of its lane within its group of eight, and three
// pairwise adds sum every group of eight into one byte of the mask.
TEXT ·markBlocks(SB), NOSPLIT, $0-32
	MOVD p+0(FP), R0
	MOVD n+8(FP), R1
	MOVD stop+16(FP), R2
	MOVD quote+24(FP), R3
	VMOVI $0x22, V20.B16
	VMOVI $0x5c, V21.B16
	VMOVI $0x1f, V22.B16
	MOVD $0x8040201008040201, R4
	VMOV R4, V23.D[0]
	VMOV R4, V23.D[1]

loop:
	VLD1.P 32(R0), [V0.B16, V1.B16]
	VCMEQ  V20.B16, V0.B16, V2.B16
	VCMEQ  V20.B16, V1.B16, V3.B16
	VCMEQ  V21.B16, V0.B16, V4.B16
	VCMEQ  V21.B16, V1.B16, V5.B16
	VUMIN  V22.B16, V0.B16, V6.B16
	VUMIN  V22.B16, V1.B16, V7.B16
	VCMEQ  V0.B16, V6.B16, V6.B16
	VCMEQ  V1.B16, V7.B16, V7.B16
	VORR   V2.B16, V4.B16, V4.B16
	VORR   V3.B16, V5.B16, V5.B16
	VORR   V4.B16, V6.B16, V6.B16
	VORR   V5.B16, V7.B16, V7.B16

	// Quotes: the low 16 bytes' sums fill the low half of each add.
	VAND  V23.B16, V2.B16, V2.B16
	VAND  V23.B16, V3.B16, V3.B16
	VADDP V3.B16, V2.B16, V2.B16
	VADDP V2.B16, V2.B16, V2.B16
	VADDP V2.B16, V2.B16, V2.B16
	VMOV  V2.S[0], R5
	MOVW  R5, (R3)

	// Stops.
	VAND  V23.B16, V6.B16, V6.B16
	VAND  V23.B16, V7.B16, V7.B16
	VADDP V7.B16, V6.B16, V6.B16
	VADDP V6.B16, V6.B16, V6.B16
	VADDP V6.B16, V6.B16, V6.B16
	VMOV  V6.S[0], R5
	MOVW  R5, (R2)

	ADD  $4, R2
	ADD  $4, R3
	SUBS $1, R1
	BNE  loop
	RET
