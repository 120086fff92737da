package com.videopipeline.simulator;

import java.util.Random;

/**
 * The random source of fault decisions. Seedable so a failing run can be replayed; a fault that is off draws
 * nothing (nor does a certain single fault), so switching one on or off leaves the others' sequence alone.
 */
final class FaultDice {

    private Random random;

    FaultDice(long seed) {
        random = new Random(seed);
    }

    synchronized void reseed(long seed) {
        random = new Random(seed);
    }

    synchronized boolean roll(double probability) {
        if (probability <= 0) {
            return false;
        }
        return probability >= 1 || random.nextDouble() < probability;
    }

    /** Index of the outcome chosen among mutually exclusive ones, or -1 for none; one draw if any can happen. */
    synchronized int pick(double... probabilities) {
        double total = 0;
        for (double probability : probabilities) {
            total += probability;
        }
        if (total <= 0) {
            return -1;
        }
        double draw = total >= 1 ? random.nextDouble() * total : random.nextDouble();
        double bound = 0;
        for (int i = 0; i < probabilities.length; i++) {
            bound += probabilities[i];
            if (probabilities[i] > 0 && draw < bound) {
                return i;
            }
        }
        return -1;
    }
}
