import 'reflect-metadata';
import { startSubgraph } from '../../../shared/subgraph';
import { financeSubgraph } from './definition';

startSubgraph(financeSubgraph);
