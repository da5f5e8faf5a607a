"""Sealed bid prices: encrypted to the tender's opening key, readable only with its passphrase.

Vetted constructions from ``cryptography`` only, nothing home-made:

- the tender's opening key is an X25519 key pair; its private half is stored
  encrypted with AES-256-GCM under a key derived from the opening passphrase
  by scrypt (salt per tender, n = 2**cost, r = 8, p = 1);
- each bid's prices (JSON) are sealed to the public half like libsodium's
  sealed box: an ephemeral X25519 key pair, the shared secret through
  HKDF-SHA256 into an AES-256-GCM key, the bid's identity (tender, round, lot,
  supplier) as associated data, so a ciphertext cannot be moved to another bid.

The plaintext is padded to a multiple of 64 bytes so the ciphertext's length
does not hint at the prices' digits. Nothing here logs or stores a price.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from decimal import Decimal

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

FORMAT_VERSION = b"\x01"
DEFAULT_COST = 15  # scrypt n = 32768: about 32 MiB and a tenth of a second per derivation
NONCE_SIZE = 12
KEY_SIZE = 32
PADDING_BLOCK = 64
HKDF_INFO = b"niro-desk sealed bid v1"
LOCK_INFO = b"niro-desk opening key v1"


class WrongPassphrase(Exception):
    """The passphrase does not unlock the opening key (or the key was tampered with)."""


class BrokenSeal(Exception):
    """A sealed bid cannot be decrypted with the right key: it was changed or moved."""


@dataclass(frozen=True)
class OpeningKey:
    """What the tender stores: the public key and the passphrase-locked private key."""

    public_key: bytes
    locked_private_key: bytes
    salt: bytes
    cost: int


def _raw_public(key: X25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def _passphrase_key(passphrase: str, salt: bytes, cost: int) -> bytes:
    return Scrypt(salt=salt, length=KEY_SIZE, n=2**cost, r=8, p=1).derive(
        passphrase.encode("utf-8")
    )


def create_opening_key(passphrase: str, cost: int = DEFAULT_COST) -> OpeningKey:
    """A new key pair whose private half only ``passphrase`` unlocks."""
    private = X25519PrivateKey.generate()
    public = _raw_public(private.public_key())
    salt = os.urandom(16)
    nonce = os.urandom(NONCE_SIZE)
    raw_private = private.private_bytes(
        serialization.Encoding.Raw,
        serialization.PrivateFormat.Raw,
        serialization.NoEncryption(),
    )
    locked = nonce + AESGCM(_passphrase_key(passphrase, salt, cost)).encrypt(
        nonce, raw_private, LOCK_INFO + public
    )
    return OpeningKey(public, locked, salt, cost)


def unlock(key: OpeningKey, passphrase: str) -> X25519PrivateKey:
    """The private key; ``WrongPassphrase`` when the passphrase does not fit."""
    nonce, ciphertext = key.locked_private_key[:NONCE_SIZE], key.locked_private_key[NONCE_SIZE:]
    try:
        raw = AESGCM(_passphrase_key(passphrase, key.salt, key.cost)).decrypt(
            nonce, ciphertext, LOCK_INFO + key.public_key
        )
    except InvalidTag:
        raise WrongPassphrase from None
    private = X25519PrivateKey.from_private_bytes(raw)
    if _raw_public(private.public_key()) != key.public_key:
        raise WrongPassphrase
    return private


def _box_key(shared: bytes, ephemeral: bytes, recipient: bytes) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(), length=KEY_SIZE, salt=ephemeral + recipient, info=HKDF_INFO
    ).derive(shared)


def _pad(data: bytes) -> bytes:
    padded = data + b"\x80"
    return padded + b"\x00" * (-len(padded) % PADDING_BLOCK)


def _unpad(data: bytes) -> bytes:
    return data[: data.rindex(b"\x80")]


def seal_prices(public_key: bytes, prices: dict[int, Decimal], identity: str) -> bytes:
    """Encrypt ``{item_id: unit price}`` to the opening key, bound to the bid's ``identity``."""
    plaintext = json.dumps(
        {str(item): str(price) for item, price in sorted(prices.items())},
        separators=(",", ":"),
    ).encode("utf-8")
    recipient = X25519PublicKey.from_public_bytes(public_key)
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = _raw_public(ephemeral.public_key())
    key = _box_key(ephemeral.exchange(recipient), ephemeral_public, public_key)
    nonce = os.urandom(NONCE_SIZE)
    ciphertext = AESGCM(key).encrypt(nonce, _pad(plaintext), identity.encode("utf-8"))
    return FORMAT_VERSION + ephemeral_public + nonce + ciphertext


def open_prices(private: X25519PrivateKey, sealed: bytes, identity: str) -> dict[int, Decimal]:
    """The prices of a sealed bid; ``BrokenSeal`` if it was changed or belongs elsewhere."""
    if sealed[:1] != FORMAT_VERSION:
        raise BrokenSeal
    ephemeral_public = sealed[1:33]
    nonce = sealed[33 : 33 + NONCE_SIZE]
    ciphertext = sealed[33 + NONCE_SIZE :]
    public = _raw_public(private.public_key())
    shared = private.exchange(X25519PublicKey.from_public_bytes(ephemeral_public))
    try:
        padded = AESGCM(_box_key(shared, ephemeral_public, public)).decrypt(
            nonce, ciphertext, identity.encode("utf-8")
        )
    except InvalidTag:
        raise BrokenSeal from None
    data = json.loads(_unpad(padded))
    return {int(item): Decimal(price) for item, price in data.items()}


def bid_identity(tender_id: int, round_number: int, lot_id: int, supplier_id: int) -> str:
    """The associated data that ties a sealed bid to its place."""
    return f"tender={tender_id};round={round_number};lot={lot_id};supplier={supplier_id}"
